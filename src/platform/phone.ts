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

export interface PhoneContact {
  readonly name: string
  readonly phone: string
  readonly organization: string
  readonly street: string
}

/** WeChat only: offers to add the contact to the phone's address book; the user confirms in the system UI. */
export async function savePhoneContact(contact: PhoneContact): Promise<Outcome> {
  try {
    await Taro.addPhoneContact({
      firstName: contact.name,
      mobilePhoneNumber: contact.phone,
      organization: contact.organization,
      addressStreet: contact.street,
    })
    return 'done'
  } catch (error) {
    return isUserCancel(error) ? 'cancelled' : 'failed'
  }
}
