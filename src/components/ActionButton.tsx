import { Text } from '@tarojs/components'
import { Pressable } from './Pressable'
import './ActionButton.scss'

interface ActionButtonProps {
  readonly label: string
  readonly onClick: () => void
  /** Primary: the page's main action (red). Secondary: white with a red outline. */
  readonly variant?: 'primary' | 'secondary'
  /** Web only: where it leads as a real link (see Pressable). */
  readonly href?: string
}

/** A big, labelled button: at least 48 CSS px tall (60 in large mode), full width, with press feedback. */
export function ActionButton({ label, onClick, variant = 'primary', href }: ActionButtonProps) {
  return (
    <Pressable className={`action action--${variant}`} hoverClass='action--pressed' onPress={onClick} href={href}>
      <Text>{label}</Text>
    </Pressable>
  )
}
