"use client";
// The commune officer's verification queue: the submitted lines grouped by collaborator and
// month, each with what verifying it will change in the register; verify or reject (with a
// reason) one by one or the selected lines together. Every control is a native button,
// checkbox or text box, so the queue works with the keyboard alone. Each line is its own
// transaction in the API: one refused line never undoes the others, and says why.
import { useState } from "react";
import Link from "next/link";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { CHANGE_EVENT_TYPE, SEX } from "@danso/domain";
import { useFragment } from "../../generated/gql";
import type { QueueLineFragment } from "../../generated/gql/graphql";
import { useCodeLabel } from "../register/labels";
import { effectOf } from "./effect";
import { QueueLineFields, RejectMutation, VerificationQueueQuery, VerifyMutation } from "./queries";
import { useDay, useMonth } from "../use-day";
import { ApiAlert } from "../alert";
import { apiErrorText } from "../api-error";

type Outcome = { ok: boolean; text: string };

export function VerificationQueue({ unitCode }: { unitCode: string }) {
  const t = useTranslations("Verification");
  const layout = useTranslations("Layout");
  const day = useDay();
  const en = useLocale() === "en";
  const label = useCodeLabel();
  const monthName = useMonth();
  const client = useApolloClient();
  const { data, error, loading } = useQuery(VerificationQueueQuery, { variables: { unit: unitCode } });
  const lines = useFragment(QueueLineFields, data?.changeEvents.edges.map((e) => e.node) ?? []);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [rejecting, setRejecting] = useState<string[] | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState(false);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [summary, setSummary] = useState("");
  const [busy, setBusy] = useState(false);
  const [verify] = useMutation(VerifyMutation);
  const [reject] = useMutation(RejectMutation);

  if (error) return <ApiAlert className="mt-6" error={error} />;
  if (loading || !data) return <p aria-live="polite" className="mt-6">{t("loading")}</p>;

  async function run(ids: string[], action: (id: string) => Promise<unknown>, done: string) {
    setBusy(true);
    const results: Record<string, Outcome> = {};
    let ok = 0;
    for (const id of ids) {
      try {
        await action(id);
        results[id] = { ok: true, text: done };
        ok++;
      } catch (e) {
        results[id] = { ok: false, text: apiErrorText(e, en) };
      }
    }
    setOutcomes((o) => ({ ...o, ...results }));
    setSummary(t("summary", { ok, failed: ids.length - ok }));
    setSelected(new Set());
    setBusy(false);
    // The register changed: every view built on it (this queue, home figures, sheets) is read again.
    await client.refetchQueries({ include: "active" });
  }
  const verifyAll = (ids: string[]) => run(ids, (id) => verify({ variables: { id } }), t("verified"));
  const rejectAll = async () => {
    if (!rejecting) return;
    if (!reason.trim()) return setReasonError(true);
    const ids = rejecting;
    setRejecting(null);
    await run(ids, (id) => reject({ variables: { id, reason: reason.trim() } }), t("rejected"));
    setReason("");
  };

  const groups = new Map<string, QueueLineFragment[]>();
  for (const line of lines) {
    const key = `${line.recordedBy?.login ?? "-"}|${line.occurredOn.slice(0, 7)}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const toggle = (ids: string[], on: boolean) => setSelected((s) => { const n = new Set(s); for (const id of ids) if (on) n.add(id); else n.delete(id); return n; });
  const chosen = [...selected].filter((id) => lines.some((l) => l.id === id));

  return (
    <>
      <p aria-live="polite" className="mt-4 font-semibold" data-testid="queue-summary">{summary}</p>
      {lines.length > 0 && <div className="sticky top-0 z-10 mt-4 flex flex-wrap items-center gap-3 border-b border-slate-300 bg-white py-3">
        <span>{t("selected", { n: chosen.length, total: lines.length })}</span>
        <button type="button" className="btn" disabled={busy || chosen.length === 0} onClick={() => void verifyAll(chosen)}>{t("verifySelected", { n: chosen.length })}</button>
        <button type="button" className="btn-secondary" disabled={busy || chosen.length === 0} onClick={() => { setRejecting(chosen); setReasonError(false); }}>{t("rejectSelected", { n: chosen.length })}</button>
      </div>}
      {rejecting && (
        <form className="mt-4 grid max-w-2xl gap-2 rounded border border-amber-500 bg-amber-50 p-4" onSubmit={(e) => { e.preventDefault(); void rejectAll(); }}>
          <label className="grid gap-1 font-semibold">
            {t("reasonFor", { n: rejecting.length })}
            <textarea autoFocus value={reason} maxLength={500} rows={2} onChange={(e) => { setReason(e.target.value); setReasonError(false); }}
              aria-invalid={reasonError} aria-describedby={reasonError ? "reason-error" : undefined} className="rounded border border-slate-500 px-2 py-1.5 font-normal" />
          </label>
          {reasonError && <p id="reason-error" className="text-red-800">{t("reasonRequired")}</p>}
          <div className="flex gap-3">
            <button type="submit" className="btn" disabled={busy}>{t("confirmReject")}</button>
            <button type="button" className="btn-secondary" onClick={() => setRejecting(null)}>{layout("cancel")}</button>
          </div>
        </form>
      )}
      {lines.length === 0 && <p className="mt-6" data-testid="queue-empty">{t("empty")}</p>}
      {data.changeEvents.totalCount > lines.length && <p className="mt-4">{t("more", { shown: lines.length, total: data.changeEvents.totalCount })}</p>}
      {[...groups.entries()].map(([key, group]) => {
        const [login, month] = key.split("|") as [string, string];
        const who = group[0]!.recordedBy;
        const headingId = `group-${login}-${month}`;
        const ids = group.map((l) => l.id);
        const all = ids.every((id) => selected.has(id));
        return (
          <section key={key} aria-labelledby={headingId} className="mt-8">
            <h2 id={headingId} className="text-xl font-bold text-brand-900">
              {t("group", { who: who ? `${who.fullName} (${who.login})` : t("unknownRecorder"), month: monthName(month), n: group.length })}
            </h2>
            <label className="mt-2 inline-flex items-center gap-2">
              <input type="checkbox" className="h-5 w-5" checked={all} onChange={(e) => toggle(ids, e.target.checked)} />
              {t("selectGroup")}
            </label>
            <ul className="mt-2 grid gap-3">
              {group.map((line) => (
                <QueueItem key={line.id} line={line} day={day} label={label} checked={selected.has(line.id)} busy={busy} outcome={outcomes[line.id]}
                  onCheck={(on) => toggle([line.id], on)} onVerify={() => void verifyAll([line.id])} onReject={() => { setRejecting([line.id]); setReasonError(false); }} />
              ))}
            </ul>
          </section>
        );
      })}
      <PendingArrivals arrivals={data.pendingArrivals} day={day} label={label} />
    </>
  );
}

function QueueItem({ line, day, label, checked, busy, outcome, onCheck, onVerify, onReject }: {
  line: QueueLineFragment; day: (iso: string) => string; label: ReturnType<typeof useCodeLabel>; checked: boolean; busy: boolean;
  outcome?: Outcome; onCheck: (on: boolean) => void; onVerify: () => void; onReject: () => void;
}) {
  const t = useTranslations("Verification");
  const en = useLocale() === "en";
  const type = en ? CHANGE_EVENT_TYPE[line.type].en : line.typeLabel;
  const effects = effectOf({ ...line, payload: (line.payload ?? {}) as Record<string, unknown> }, label);
  return (
    <li className="rounded border border-slate-300 bg-white p-3" data-testid="queue-line" data-type={line.type}>
      <div className="flex flex-wrap items-start gap-3">
        <input type="checkbox" className="mt-1 h-5 w-5" checked={checked} onChange={(e) => onCheck(e.target.checked)} aria-label={t("selectLine", { type, date: day(line.occurredOn) })} />
        <div className="min-w-0 flex-1 basis-56">
          <p className="font-semibold">{t("lineTitle", { type, date: day(line.occurredOn) })}</p>
          <p className="text-sm text-slate-700">
            {line.person && <Link href={`/nhan-khau/${line.person.id}`} className="underline">{line.person.fullName}</Link>}
            {line.household && <Link href={`/ho-gia-dinh/${line.household.id}`} className="ml-2 underline">{t("householdLink", { code: line.household.code })}</Link>}
          </p>
          <ul className="mt-1 list-disc pl-5" aria-label={t("willChange")}>
            {effects.map((e, i) => <li key={i}>{t(`effect.${e.key}`, { ...e.values, date: e.values.date ? day(e.values.date) : "" })}</li>)}
          </ul>
          {outcome && <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "mt-1 text-green-800" : "mt-1 text-red-800"}>{outcome.text}</p>}
        </div>
        <div className="flex w-full gap-2 sm:w-auto">
          <button type="button" className="btn" disabled={busy} onClick={onVerify} aria-label={t("verifyLine", { type, date: day(line.occurredOn) })}>{t("verify")}</button>
          <button type="button" className="btn-secondary" disabled={busy} onClick={onReject} aria-label={t("rejectLine", { type, date: day(line.occurredOn) })}>{t("reject")}</button>
        </div>
      </div>
    </li>
  );
}

function PendingArrivals({ arrivals, day, label }: { arrivals: { personId: string; fullName: string; sex: "MALE" | "FEMALE"; birthDate: string; cccd?: string | null; movedOn: string; origin: { code: string; name: string } }[]; day: (iso: string) => string; label: ReturnType<typeof useCodeLabel> }) {
  const t = useTranslations("Verification");
  return (
    <section aria-labelledby="arrivals-heading" className="mt-10">
      <h2 id="arrivals-heading" className="text-xl font-bold text-brand-900">{t("arrivals", { n: arrivals.length })}</h2>
      <p className="mt-1 max-w-3xl text-slate-700">{t("arrivalsIntro")}</p>
      {arrivals.length > 0 && (
        <ul className="mt-2 grid gap-2">
          {arrivals.map((a) => (
            <li key={a.personId} className="rounded border border-slate-300 p-3">
              {t("arrivalLine", { name: a.fullName, sex: label(SEX, a.sex), birth: day(a.birthDate), cccd: a.cccd ?? "–", origin: `${a.origin.name} (${a.origin.code})`, date: day(a.movedOn) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
