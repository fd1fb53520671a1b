/** The roles the app gives its elements; the same word in both clients. */
export type Role = 'button' | 'link' | 'heading' | 'list' | 'listitem' | 'status' | 'alert' | 'group'

/** What a screen reader is told about an element, said once for both clients. */
export interface Semantics {
  readonly role?: Role
  /** The accessible name, when it is not the visible text. */
  readonly label?: string
  /** Headings: 1 for the page's title, 2 for a section's. */
  readonly level?: 1 | 2
  /** A live region: read out when its text changes, without interrupting. */
  readonly live?: 'polite'
  /** A toggle button's state: announced as pressed or not pressed. */
  readonly pressed?: boolean
  /** Decorative, or said another way nearby: not read at all. */
  readonly hidden?: true
}

export type SemanticAttributes = Readonly<Record<string, string | number | boolean>>

/**
 * The element's attributes for the client being built: ARIA in H5; in WeChat the same ARIA under WeChat's names
 * (the role is `aria-role`), which config/accessibility.ts binds in the weapp templates. Unset values are left out,
 * so they never travel to WeChat's view layer. TARO_ENV is a build-time constant: each build keeps one branch.
 */
export function semantics({ role, label, level, live, pressed, hidden }: Semantics): SemanticAttributes {
  const attributes: Record<string, string | number | boolean> = {}
  const set = (name: string, value: string | number | boolean | undefined) => {
    if (value !== undefined) attributes[name] = value
  }
  set(process.env.TARO_ENV === 'weapp' ? 'aria-role' : 'role', role)
  set('aria-label', label)
  set('aria-level', level)
  set('aria-live', live)
  // On the web as text: Taro's web View writes string props as attributes on every update, other values only as
  // properties (under Preact a changed boolean never reached the attribute: a switch kept announcing its first state).
  set('aria-pressed', process.env.TARO_ENV === 'weapp' || pressed === undefined ? pressed : String(pressed))
  set('aria-hidden', hidden)
  return attributes
}
