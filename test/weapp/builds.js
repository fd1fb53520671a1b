/** The weapp builds the tests need besides the default one (which has no updates URL: it must make no request). */

/** Built with an updates URL: the app fetches exactly this, once, with wx.request. */
const UPDATES_BUILD = { variant: 'updates', env: { UPDATES_URL: 'https://centre.example/live/updates.json' } }

module.exports = { UPDATES_BUILD }
