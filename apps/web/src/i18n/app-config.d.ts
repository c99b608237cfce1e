// Types the message keys and locales for next-intl: a missing or misspelt key fails tsc.
import type messages from "../../messages/vi.json";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
