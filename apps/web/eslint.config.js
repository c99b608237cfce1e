// Lint for the web app: the repository's rules plus React hooks and Next.js rules.
// (ESLint 10 looks up the config nearest to each linted file, so `eslint .` at the root
// uses this one for apps/web.)
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import root from "../../eslint.config.js";

const catalogue = "User-facing text goes through the message catalogue (apps/web/messages/*.json).";

export default [
  ...root,
  { files: ["**/*.{ts,tsx}"], ...reactHooks.configs.flat.recommended },
  {
    files: ["**/*.{ts,tsx}"],
    ...nextPlugin.configs["core-web-vitals"],
    settings: { next: { rootDir: import.meta.dirname } },
  },
  {
    files: ["src/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "JSXText[value=/\\S/]", message: catalogue },
        { selector: "JSXElement > JSXExpressionContainer > Literal[value=/\\S/]", message: catalogue },
        { selector: "JSXAttribute[name.name=/^(aria-label|title|alt|placeholder)$/] > Literal", message: catalogue },
      ],
    },
  },
];
