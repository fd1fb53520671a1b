import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'

export interface ShareContent {
  readonly title: string
  /** Page path with query, e.g. /pages/room/index?id=legal */
  readonly path: string
}

/** Share to a chat (every page) and, where the page config enables it, to 朋友圈. */
export function useShare(content: ShareContent): void {
  useShareAppMessage(() => ({ title: content.title, path: content.path }))
  useShareTimeline(() => ({ title: content.title, query: content.path.split('?')[1] ?? '' }))
}
