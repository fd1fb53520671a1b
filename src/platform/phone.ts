import Taro from '@tarojs/taro'
import { isUserCancel, type Outcome } from './outcome'

/** Dial a number. In H5 Taro sets location.href to tel:…, which the phone's dialler takes. */
export async function callPhone(phoneNumber: string): Promise<Outcome> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
    return 'done'
  } catch (error) {
    return isUserCancel(error) ? 'cancelled' : 'failed'
  }
}
