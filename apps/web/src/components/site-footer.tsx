// Closing band of every page: what the product is and where its figures come from.
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-700 sm:px-6">
        <p lang="vi" className="font-semibold text-slate-900">{t("productName")}</p>
        <p>{t("subtitle")}</p>
        <p>{t("footer")}</p>
      </div>
    </footer>
  );
}
