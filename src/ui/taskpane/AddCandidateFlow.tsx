import { useEffect, useState } from "react";
import { guessLanguage, type Process } from "../../domain";
import type { HostItem, Person } from "../../host/host";
import { applicantText } from "../../state/applicantText";
import { processChoice } from "../../state/processChoice";
import { AddCandidateForm } from "./AddCandidateForm";
import { usePane } from "./paneContext";

/** Unknown sender → a candidate: the mail is linked, the clock starts (AddCandidate does both). */
export default function AddCandidateFlow(props: {
  item: HostItem;
  sender: Person;
  processes: readonly Process[];
}) {
  const pane = usePane();
  const { item } = props;
  // What they wrote sharpens both guesses; read once the form is on screen (the pane keys the flow
  // by item), the subject alone until then.
  const [body, setBody] = useState<string | undefined>(item.bodyPreview);
  useEffect(() => {
    let live = true;
    void applicantText(pane.host, item).then((text) => live && setBody(text));
    return () => {
      live = false;
    };
  }, [pane.host, item]);
  return (
    <AddCandidateForm
      choice={processChoice(props.processes, item.subject, body)}
      languageGuess={guessLanguage(`${item.subject}\n${body ?? ""}`)}
      sender={props.sender}
      onSubmit={async (input) => {
        const read = body === undefined ? item : { ...item, bodyPreview: body };
        const saved = await pane.actions().addCandidateFromItem(read, input);
        pane.notify(saved.ok ? { kind: "saved" } : { kind: "error", error: saved.error });
      }}
    />
  );
}
