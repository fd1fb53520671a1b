import Taro from '@tarojs/taro'

/** A stored value, or undefined when absent or when storage fails (private mode, quota): preferences then last a session. */
export function readStored(key: string): unknown {
  try {
    const value: unknown = Taro.getStorageSync(key)
    return value === '' ? undefined : value
  } catch {
    return undefined
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value)
  } catch {
    // Nothing to tell the resident: the choice still holds until the app is closed.
  }
}
