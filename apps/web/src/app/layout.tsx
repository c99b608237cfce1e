// The frame of every page: language from the cookie, skip link, header, main, footer.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteFooter } from "../components/site-footer";
import { SiteHeader } from "../components/site-header";
import { MAIN_CONTENT_ID, SkipLink } from "../components/skip-link";
import { ApolloProvider } from "../graphql/apollo-provider";
import { beVietnamPro } from "./fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return { title: t("title"), description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} className={beVietnamPro.variable}>
      <body className="flex min-h-screen flex-col font-sans text-base leading-relaxed">
        <NextIntlClientProvider>
          <SkipLink targetId={MAIN_CONTENT_ID} />
          <SiteHeader />
          <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
            <ApolloProvider>{children}</ApolloProvider>
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
