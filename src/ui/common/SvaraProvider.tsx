import {
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Language } from "../../domain/result";
import type { ThemeKind } from "../../host/host";
import { LanguageProvider } from "./LanguageContext";

const themes: Record<ThemeKind, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high-contrast": teamsHighContrastTheme,
};

/** Theme from the host (light, dark, high contrast) and the recruiter's language, for every surface. */
export function SvaraProvider(props: { theme: ThemeKind; language: Language; children: ReactNode }) {
  return (
    <FluentProvider theme={themes[props.theme]} lang={props.language} style={{ minHeight: "100vh" }}>
      <LanguageProvider language={props.language}>{props.children}</LanguageProvider>
    </FluentProvider>
  );
}
