/** A web map link for the H5 page, where WeChat's openLocation is not available. Pure. */

export interface MapPlace {
  readonly latitude: number
  readonly longitude: number
  readonly name: string
  readonly address: string
}

/**
 * Amap's public marker URI: it takes GCJ-02 points as WeChat does (coordinate=gaode), opens the Amap app when
 * installed (callnative=1) and a web map otherwise.
 */
export function webMapUrl(place: MapPlace): string {
  const params = [
    `position=${place.longitude},${place.latitude}`,
    `name=${encodeURIComponent(`${place.name}(${place.address})`)}`,
    'coordinate=gaode',
    'callnative=1',
  ]
  return `https://uri.amap.com/marker?${params.join('&')}`
}
