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
              <Field label={words.previewDate}>
                <input type='date' value={previewDate} onInput={(e) => setPreviewDate(e.currentTarget.value)} />
              </Field>
              <Field label={words.previewTime}>
                <input type='time' value={previewTime} onInput={(e) => setPreviewTime(e.currentTarget.value)} />
              </Field>
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
            <Field label={words.password}>
              <input type='password' autoComplete='current-password' value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
            </Field>
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

interface EditorProps<T> {
  readonly index: number
  readonly onChange: (changed: T) => void
  readonly onRemove: () => void
}

function DayEditor({ day, index, onChange, onRemove }: EditorProps<DraftDay> & { day: DraftDay }) {
  const title = words.day(index + 1)
  return (
    <fieldset class='item' aria-label={title}>
      <legend>{title}</legend>
      <Field label={words.date}>
        <input type='date' value={day.date} onInput={(e) => onChange({ ...day, date: e.currentTarget.value })} />
      </Field>
      <div class='row' role='radiogroup' aria-label={words.kind}>
        <label class='choice'>
          <input type='radio' name={`kind-${index}`} checked={day.closed} onChange={() => onChange({ ...day, closed: true })} />
          {words.closed}
        </label>
        <label class='choice'>
          <input type='radio' name={`kind-${index}`} checked={!day.closed} onChange={() => onChange({ ...day, closed: false })} />
          {words.otherHours}
        </label>
      </div>
      {day.closed ? null : (
        <div class='row'>
          <Field label={words.opens}>
            <input type='time' value={day.opens} onInput={(e) => onChange({ ...day, opens: e.currentTarget.value })} />
          </Field>
          <Field label={words.closes}>
            <input type='time' value={day.closes} onInput={(e) => onChange({ ...day, closes: e.currentTarget.value })} />
          </Field>
        </div>
      )}
      <Field label={words.note}>
        <input type='text' value={day.note} maxLength={UPDATES_LIMITS.note} onInput={(e) => onChange({ ...day, note: e.currentTarget.value })} />
      </Field>
      <button type='button' class='button button--remove' onClick={onRemove}>
        {words.remove}
      </button>
    </fieldset>
  )
}

function NoticeEditor({ notice, index, onChange, onRemove }: EditorProps<DraftNotice> & { notice: DraftNotice }) {
  const title = words.notice(index + 1)
  return (
    <fieldset class='item' aria-label={title}>
      <legend>{title}</legend>
      <Field label={words.noticeTitle}>
        <input type='text' value={notice.title} maxLength={UPDATES_LIMITS.title} onInput={(e) => onChange({ ...notice, title: e.currentTarget.value })} />
      </Field>
      <Field label={words.noticeBody}>
        <textarea rows={3} value={notice.body} maxLength={UPDATES_LIMITS.body} onInput={(e) => onChange({ ...notice, body: e.currentTarget.value })} />
      </Field>
      <div class='row'>
        <Field label={words.from}>
          <input type='date' value={notice.from} onInput={(e) => onChange({ ...notice, from: e.currentTarget.value })} />
        </Field>
        <Field label={words.until}>
          <input type='date' value={notice.until} onInput={(e) => onChange({ ...notice, until: e.currentTarget.value })} />
        </Field>
      </div>
      <button type='button' class='button button--remove' onClick={onRemove}>
        {words.remove}
      </button>
    </fieldset>
  )
}
