// The workbench's own controls: a new mail, and the language, theme and pane width the task pane
// is shown with, so one session can try the pane as each recruiter would see it.

import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ThemeKind } from "../host/host";
import type { MailboxSource } from "./mailbox";

export interface WorkbenchSettings {
  readonly source: MailboxSource;
  readonly language: string;
  readonly theme: ThemeKind;
  readonly paneWidth: number;
  /** A mail to open at start: the dashboard's "open latest mail" lands here (`?message=`). */
  readonly openMessage?: string | null;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "end",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  field: { color: tokens.colorNeutralForegroundOnBrand },
});

export function WorkbenchBar({
  settings,
  dashboardUrl,
  onChange,
  onNewMail,
}: {
  settings: WorkbenchSettings;
  /** The dashboard page against the same emulator, language and theme: a Teams tab's stand-in. */
  dashboardUrl: string;
  onChange: (settings: WorkbenchSettings) => void;
  onNewMail: () => void;
}) {
  const styles = useStyles();
  return (
    <header className={styles.bar}>
      <Text as="h1" size={500} weight="semibold" style={{ margin: 0, marginRight: "auto" }}>
        Svara workbench — Outlook stand-in
      </Text>
      <Button as="a" href={dashboardUrl} target="_blank" rel="noopener" data-testid="open-dashboard">
        Översikt (dashboard)
      </Button>
      <Button data-testid="new-mail" onClick={onNewMail}>
        Nytt mail
      </Button>
      <Field label={{ children: "Språk / Language", className: styles.field }}>
        <Select value={settings.language} onChange={(_, d) => onChange({ ...settings, language: d.value })}>
          <option value="sv-SE">Svenska</option>
          <option value="en-US">English</option>
        </Select>
      </Field>
      <Field label={{ children: "Tema / Theme", className: styles.field }}>
        <Select
          value={settings.theme}
          onChange={(_, d) => onChange({ ...settings, theme: d.value as ThemeKind })}
        >
          <option value="light">Light</option>
          <option value="dark">Dark</option>
          <option value="high-contrast">High contrast</option>
        </Select>
      </Field>
      <Field label={{ children: "Panelbredd / Pane width", className: styles.field }}>
        <Select
          value={String(settings.paneWidth)}
          onChange={(_, d) => onChange({ ...settings, paneWidth: Number(d.value) })}
        >
          {[320, 360, 450].map((w) => (
            <option key={w} value={w}>
              {w} px
            </option>
          ))}
        </Select>
      </Field>
    </header>
  );
}
