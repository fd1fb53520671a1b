import Taro from '@tarojs/taro'
import type { MapPlace } from '../domain/web-map'
import { isWeapp } from './env'
import { isUserCancel, type Outcome } from './outcome'

/** Launch scene of a page opened from a 朋友圈 share in single-page mode, where openLocation is disabled. */
const TIMELINE_SINGLE_PAGE_SCENE = 1154
const STREET_LEVEL_SCALE = 17

function enterScene(): number | null {
  if (!isWeapp()) return null
  try {
    return Taro.getEnterOptionsSync().scene
  } catch {
    return null
  }
}

/** True where WeChat's own map can open: in the mini-program, but not in 朋友圈 single-page mode. */
export function canOpenNativeMap(): boolean {
  return isWeapp() && enterScene() !== TIMELINE_SINGLE_PAGE_SCENE
}

/** Opens WeChat's map at the place, where residents pick a navigation app. */
export async function openNativeMap(place: MapPlace): Promise<Outcome> {
  try {
    await Taro.openLocation({
      latitude: place.latitude,
      longitude: place.longitude,
      name: place.name,
      address: place.address,
      scale: STREET_LEVEL_SCALE,
    })
    return 'done'
  } catch (error) {
    return isUserCancel(error) ? 'cancelled' : 'failed'
  }
}
