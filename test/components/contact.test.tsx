/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react'
import ContactPage from '../../src/pages/contact/index'
import { renderPage, settle, Taro } from './harness'

afterEach(() => jest.useRealTimers())

test('shows the contact and the number grouped for reading', () => {
  renderPage(ContactPage)
  expect(screen.getByText('阿斯耶·艾力木')).toBeInTheDocument()
  expect(screen.getByText('150 0158 1253')).toBeInTheDocument()
})

test('a screen reader hears the number digit by digit; the grouped number on screen is hidden from it', () => {
  renderPage(ContactPage)
  expect(screen.getByText('1 5 0, 0 1 5 8, 1 2 5 3')).toHaveClass('visually-hidden')
  expect(screen.getByText('150 0158 1253')).toHaveAttribute('aria-hidden', 'true')
})

test('one tap calls the number', async () => {
  renderPage(ContactPage)
  fireEvent.click(screen.getByRole('button', { name: '拨打电话' }))
  await settle()
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '15001581253' })
})
