import { makeStyles, tokens } from "@fluentui/react-components";

/** The pane's forms and panels: one column, the Fluent small gap, lists indented like Outlook's. */
export const useFormStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});
