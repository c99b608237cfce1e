// Two buttons in one form that posts to the setLocale server action; the current language
// is marked aria-pressed. Each language name is shown in its own language (lang attribute).
import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "../i18n/set-locale";
import { LOCALES } from "../i18n/locales";

export async function LanguageSwitcher() {
  const [t, current] = await Promise.all([getTranslations("LanguageSwitcher"), getLocale()]);
  return (
    <form action={setLocale} role="group" aria-label={t("label")} className="flex gap-2">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded border border-white/70 px-3 py-1 text-sm font-semibold aria-pressed:bg-white aria-pressed:text-brand-900 hover:bg-white/15 aria-pressed:hover:bg-white"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
