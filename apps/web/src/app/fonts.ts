// Be Vietnam Pro from npm, served by Next itself: Google's font loader downloads at build time,
// which fails offline. The full TTF files carry every Vietnamese glyph (no subsetting).
// next/font needs literal paths, relative to this file.
import localFont from "next/font/local";

export const beVietnamPro = localFont({
  src: [
    { path: "../../node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf", weight: "400", style: "normal" },
    { path: "../../node_modules/@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf", weight: "600", style: "normal" },
    { path: "../../node_modules/@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf", weight: "700", style: "normal" },
  ],
  variable: "--font-be-vietnam-pro",
  display: "swap",
  fallback: ["system-ui", "Arial", "sans-serif"],
});
