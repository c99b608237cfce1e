// The first focusable element of every page: keyboard and screen-reader users jump past
// the header straight to the content.
import { getTranslations } from "next-intl/server";

export const MAIN_CONTENT_ID = "main-content";

export async function SkipLink({ targetId }: { targetId: string }) {
  const t = await getTranslations("Layout");
  return (
    <a
      href={`#${targetId}`}
      className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-accent focus:px-4 focus:py-2 focus:font-semibold focus:text-black"
    >
      {t("skipLink")}
    </a>
  );
}
