/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact'
import { useEffect, useMemo, useState } from 'preact/hooks'
import { centre } from '../data/centre'
import { dayPlanAt } from '../domain/schedule'
import { UPDATES_LIMITS } from '../domain/updates'
import { checkDraft, draftFrom, EMPTY_DRAFT, newNoticeId, removeAt, replaceAt, type Draft, type DraftDay, type DraftNotice } from './draft'
import { failureWords, problemText, words } from './messages'
import { homePreview } from './preview'
import type { HistoryEntry, StaffServer } from './server'
import { beijingDate, beijingInstant, beijingTime, historyLabel, publishedAtFor } from './time'

interface Banner {
  readonly kind: 'ok' | 'error' | 'info'
  readonly text: string
  readonly details?: readonly string[]
}

interface StaffAppProps {
  readonly server: StaffServer
  /** The clock (tests fix it). */
  readonly now?: () => number
}

type LoadState = 'loading' | 'ready' | 'failed'

/** When it was published, for people: 2027-01-20T10:00:00+08:00 → 2027-01-20 10:00 */
const readableStamp = (publishedAt: string) => publishedAt.slice(0, 16).replace('T', ' ')

/**
 * The staff page: load what is published, edit closures, other hours and notices, preview the home page, publish
 * with the password, restore an earlier version. Nothing typed is lost when a call fails.
 */
export function StaffApp({ server, now = Date.now }: StaffAppProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT)
  const [load, setLoad] = useState<LoadState>('loading')
  const [banner, setBanner] = useState<Banner | null>(null)
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [history, setHistory] = useState<readonly HistoryEntry[] | null>(null)
  const [previewDate, setPreviewDate] = useState(() => beijingDate(now()))
  const [previewTime, setPreviewTime] = useState(() => beijingTime(now()))

  const loadLive = async () => {
    setLoad('loading')
    const loaded = await server.loadLive()
    if (loaded.ok) {
      setDraft(loaded.updates ? draftFrom(loaded.updates) : EMPTY_DRAFT)
      setBanner(loaded.updates ? null : { kind: 'info', text: words.nothingPublished })
      setLoad('ready')
    } else if (loaded.failure === 'broken-file') {
      setDraft(EMPTY_DRAFT)
      setBanner({ kind: 'error', text: words.brokenLive })
      setLoad('ready')
    } else {
      setBanner({ kind: 'error', text: words.loadFailed(failureWords[loaded.failure]) })
      setLoad('failed')
    }
  }
  useEffect(() => {
    loadLive()
  }, [])

  const check = useMemo(() => checkDraft(draft, publishedAtFor(now())), [draft])
  const previewAt = beijingInstant(previewDate, previewTime)
  const preview = check.ok && previewAt !== null ? homePreview(check.updates, previewAt) : null

  const setDay = (index: number, day: DraftDay) => setDraft({ ...draft, specialDays: replaceAt(draft.specialDays, index, day) })
  const setNotice = (index: number, notice: DraftNotice) => setDraft({ ...draft, notices: replaceAt(draft.notices, index, notice) })
  const addDay = (closed: boolean) => {
    const today = beijingDate(now())
    const { hours } = dayPlanAt(now(), centre.schedule).season
    setDraft({ ...draft, specialDays: [...draft.specialDays, { date: today, closed, opens: hours.opens, closes: hours.closes, note: '' }] })
  }
  const addNotice = () => {
    const today = beijingDate(now())
    const notice = { id: newNoticeId(now()), title: '', body: '', from: today, until: today }
    setDraft({ ...draft, notices: [...draft.notices, notice] })
  }

  const showHistory = async () => {
    const listed = await server.listHistory()
    if (listed.ok) setHistory(listed.entries)
    else setBanner({ kind: 'error', text: words.historyFailed(failureWords[listed.failure]) })
  }
  const restore = async (entry: HistoryEntry) => {
    const loaded = await server.loadHistoryEntry(entry.name)
    if (loaded.ok && loaded.updates) {
      setDraft(draftFrom(loaded.updates))
      setBanner({ kind: 'info', text: words.restored(historyLabel(entry.name)) })
    } else setBanner({ kind: 'error', text: words.historyFailed(failureWords[loaded.ok ? 'broken-file' : loaded.failure]) })
  }

  const publish = async () => {
    const publishedAt = publishedAtFor(now())
    const checked = checkDraft(draft, publishedAt)
    if (!checked.ok) {
      setBanner({ kind: 'error', text: words.problemsTitle, details: checked.problems.map(problemText) })
      return
    }
    if (password === '') {
      setBanner({ kind: 'error', text: words.needPassword })
      return
    }
    setBusy(true)
    const outcome = await server.publish(checked.updates, password)
    setBusy(false)
    if (!outcome.ok) setBanner({ kind: 'error', text: failureWords[outcome.failure] })
    else if (outcome.historyFailure) setBanner({ kind: 'error', text: words.historyNotSaved(failureWords[outcome.historyFailure]) })
    else {
      setBanner({ kind: 'ok', text: words.published(readableStamp(publishedAt)) })
      if (history) showHistory()
    }
  }

  return (
    <main class='staff'>
      <h1>{words.title}</h1>
      <p class='staff__intro'>{words.intro}</p>
      {banner ? (
        <div class={`banner banner--${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'}>
          <p>{banner.text}</p>
          {banner.details ? (
            <ul>
              {banner.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
          {load === 'failed' ? (
            <button type='button' class='button' onClick={loadLive}>
              {words.retry}
            </button>
          ) : null}
        </div>
      ) : null}
      {load === 'loading' ? <p role='status'>{words.loading}</p> : null}
      {load === 'ready' ? (
        <>
          <Section title={words.specialDaysTitle}>
            {draft.specialDays.length === 0 ? <p class='empty'>{words.specialDaysEmpty}</p> : null}
            {draft.specialDays.map((day, index) => (
              <DayEditor
                key={index}
                day={day}
                index={index}
                onChange={(changed) => setDay(index, changed)}
                onRemove={() => setDraft({ ...draft, specialDays: removeAt(draft.specialDays, index) })}
              />
            ))}
            <div class='actions'>
              <button type='button' class='button' onClick={() => addDay(true)}>
                {words.addClosedDay}
              </button>
              <button type='button' class='button' onClick={() => addDay(false)}>
                {words.addOtherHours}
              </button>
            </div>
          </Section>

          <Section title={words.noticesTitle}>
            {draft.notices.length === 0 ? <p class='empty'>{words.noticesEmpty}</p> : null}
            {draft.notices.map((notice, index) => (
              <NoticeEditor
                key={notice.id}
                notice={notice}
                index={index}
                onChange={(changed) => setNotice(index, changed)}
                onRemove={() => setDraft({ ...draft, notices: removeAt(draft.notices, index) })}
              />
            ))}
            <div class='actions'>
              <button type='button' class='button' onClick={addNotice}>
                {words.addNotice}
              </button>
            </div>
          </Section>

          <Section title={words.previewTitle}>
            <div class='row'>
              <Input label={words.previewDate} type='date' value={previewDate} onValue={setPreviewDate} />
              <Input label={words.previewTime} type='time' value={previewTime} onValue={setPreviewTime} />
            </div>
            {preview ? (
              <div class='preview' data-testid='preview'>
                <p class='preview__headline'>{preview.headline}</p>
                <p class='preview__detail'>{preview.detail}</p>
                <p>{preview.todayHours}</p>
                {preview.note ? <p>{preview.note}</p> : null}
                {preview.notices.length > 0 ? (
                  <div class='preview__notices'>
                    <p class='preview__notices-title'>{preview.noticesTitle}</p>
                    {preview.notices.map((notice) => (
                      <div key={notice.id} class='preview__notice'>
                        <p class='preview__notice-title'>{notice.title}</p>
                        {notice.body ? <p>{notice.body}</p> : null}
                      </div>
                    ))}
                  </div>
                ) : null}
              </div>
            ) : (
              <p class='empty'>{words.previewInvalid}</p>
            )}
          </Section>

          <Section title={words.publishTitle}>
            {check.ok ? null : (
              <div class='problems'>
                <p>{words.problemsTitle}</p>
                <ul>
                  {check.problems.map((problem) => (
                    <li key={`${problem.at}:${problem.rule}`}>{problemText(problem)}</li>
                  ))}
                </ul>
              </div>
            )}
            <Input label={words.password} type='password' autoComplete='current-password' value={password} onValue={setPassword} />
            <button type='button' class='button button--primary' disabled={busy} onClick={publish}>
              {busy ? words.publishing : words.publish}
            </button>
          </Section>

          <Section title={words.historyTitle}>
            {history === null ? (
              <button type='button' class='button' onClick={showHistory}>
                {words.showHistory}
              </button>
            ) : history.length === 0 ? (
              <p class='empty'>{words.historyEmpty}</p>
            ) : (
              <ul class='history'>
                {history.map((entry) => (
                  <li key={entry.name}>
                    <span>{historyLabel(entry.name)}</span>
                    <button type='button' class='button' onClick={() => restore(entry)}>
                      {words.restore}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      ) : null}
    </main>
  )
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class='section' aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  )
}

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <label class='field'>
      <span class='field__label'>{label}</span>
      {children}
    </label>
  )
}

interface InputProps {
  readonly label: string
  readonly type: 'text' | 'date' | 'time' | 'password'
  readonly value: string
  readonly onValue: (value: string) => void
  readonly maxLength?: number
  readonly autoComplete?: string
}

function Input({ label, onValue, ...input }: InputProps) {
  return (
    <Field label={label}>
      <input {...input} onInput={(e) => onValue(e.currentTarget.value)} />
    </Field>
  )
}

/** One special day or notice: its fields, under a numbered legend, and a button to take it off. */
function Item({ title, onRemove, children }: { title: string; onRemove: () => void; children: ComponentChildren }) {
  return (
    <fieldset class='item' aria-label={title}>
      <legend>{title}</legend>
      {children}
      <button type='button' class='button button--remove' onClick={onRemove}>
        {words.remove}
      </button>
    </fieldset>
  )
}

interface EditorProps<T> {
  readonly index: number
  readonly onChange: (changed: T) => void
  readonly onRemove: () => void
}

function DayEditor({ day, index, onChange, onRemove }: EditorProps<DraftDay> & { day: DraftDay }) {
  const set = (change: Partial<DraftDay>) => onChange({ ...day, ...change })
  return (
    <Item title={words.day(index + 1)} onRemove={onRemove}>
      <Input label={words.date} type='date' value={day.date} onValue={(date) => set({ date })} />
      <div class='row' role='radiogroup' aria-label={words.kind}>
        <label class='choice'>
          <input type='radio' name={`kind-${index}`} checked={day.closed} onChange={() => set({ closed: true })} />
          {words.closed}
        </label>
        <label class='choice'>
          <input type='radio' name={`kind-${index}`} checked={!day.closed} onChange={() => set({ closed: false })} />
          {words.otherHours}
        </label>
      </div>
      {day.closed ? null : (
        <div class='row'>
          <Input label={words.opens} type='time' value={day.opens} onValue={(opens) => set({ opens })} />
          <Input label={words.closes} type='time' value={day.closes} onValue={(closes) => set({ closes })} />
        </div>
      )}
      <Input label={words.note} type='text' value={day.note} maxLength={UPDATES_LIMITS.note} onValue={(note) => set({ note })} />
    </Item>
  )
}

function NoticeEditor({ notice, index, onChange, onRemove }: EditorProps<DraftNotice> & { notice: DraftNotice }) {
  const set = (change: Partial<DraftNotice>) => onChange({ ...notice, ...change })
  return (
    <Item title={words.notice(index + 1)} onRemove={onRemove}>
      <Input label={words.noticeTitle} type='text' value={notice.title} maxLength={UPDATES_LIMITS.title} onValue={(title) => set({ title })} />
      <Field label={words.noticeBody}>
        <textarea rows={3} value={notice.body} maxLength={UPDATES_LIMITS.body} onInput={(e) => set({ body: e.currentTarget.value })} />
      </Field>
      <div class='row'>
        <Input label={words.from} type='date' value={notice.from} onValue={(from) => set({ from })} />
        <Input label={words.until} type='date' value={notice.until} onValue={(until) => set({ until })} />
      </div>
    </Item>
  )
}
