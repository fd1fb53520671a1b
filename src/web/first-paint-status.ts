/**
 * The live status of a pre-rendered home page, before its first paint. scripts/web/prerender.js bundles this file
 * (esbuild, from the app's own engine, facts and words) and inlines it right after the status area, which the
 * build leaves without a status word (it would be stale by the time the page is read): while the browser parses
 * the page, it works out 开放中 / 即将闭馆 / 已闭馆 and the next change for this instant, in Beijing time whatever
 * the phone's zone, exactly as the app's StatusBanner will — with the staff's published closures and changed hours
 * as this phone last received them, as the app applies them on launch. The app then takes over. Without
 * JavaScript, or if anything here fails, the area keeps showing every season's hours.
 */
import type { Schedule } from '../../types/centre'
import { centreSchedule } from '../data/centre'
import { statusAt } from '../domain/schedule'
import { bannerWords, statusBannerContent } from '../domain/status-label'
import { LAST_GOOD_UPDATES_KEY, withStoredSpecialDays } from '../domain/stored-updates'
import { zhStatusArea } from '../i18n/zh'

/**
 * The bundled hours with the last good updates file this phone stored (only when the build reads one, as the app
 * does). Taro's web storage keeps a value as localStorage[key] = JSON.stringify({ data }).
 */
function scheduleNow(): Schedule {
  if (!process.env.UPDATES_URL) return centreSchedule
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(LAST_GOOD_UPDATES_KEY) ?? 'null')?.data
    return withStoredSpecialDays(centreSchedule, typeof stored === 'string' ? stored : null)
  } catch {
    return centreSchedule // storage unreadable (private mode, garbage): the bundled hours
  }
}

function fill(area: Element): void {
  const status = statusAt(Date.now(), scheduleNow())
  const content = statusBannerContent(status, zhStatusArea.status, bannerWords(zhStatusArea), status.today.season.name)
  const headline = area.querySelector('.status__headline')
  const detail = area.querySelector('.status__detail')
  const lines = area.querySelector('.status__hours')
  const template = lines?.firstElementChild
  if (!headline || !detail || !lines || !template) return
  headline.textContent = content.headline
  detail.textContent = content.detail
  while (lines.firstChild) lines.removeChild(lines.firstChild)
  for (const line of content.lines) {
    const element = template.cloneNode(false) as Element
    element.classList.remove('status__text', 'status__zone')
    element.classList.add(line.secondary ? 'status__zone' : 'status__text')
    element.textContent = line.text
    lines.appendChild(element)
  }
  area.classList.remove('status--pending')
  area.classList.add(`status--${content.state}`)
}

const area = document.currentScript?.previousElementSibling
try {
  if (area?.classList.contains('status--pending')) fill(area)
} catch {
  // The hours stay; the app shows the status when it starts.
}
