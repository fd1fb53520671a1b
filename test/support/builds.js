/** The builds the tests need besides the default one (which has no updates URL: it must make no request). */

/** Built with an updates URL: the weapp fetches exactly this, once, with wx.request; the web page its path (/live/updates.json) on its own origin. */
const UPDATES_BUILD = { variant: 'updates', env: { UPDATES_URL: 'https://centre.example/live/updates.json' } }

module.exports = { UPDATES_BUILD }
