import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStore } from "zustand";
import {
  createBulkUpdateStore,
  selectBulkPreview,
  type BulkUpdateStoreApi,
} from "../../state/bulkUpdateStore";
import type { OutboxStatusStoreApi } from "../../state/outboxStatusStore";
import {
  rowKey,
  selectFilteredRows,
  selectNearDeadline,
  selectOverviewRows,
} from "../../state/overviewStore";
import { useLanguage } from "../common/LanguageContext";
import { TemplateForManyField } from "../templates/TemplateForManyField";
import { useAllTemplates } from "../templates/useAllTemplates";
import { BulkCandidateList } from "./BulkCandidateList";
import { BulkProgressPanel } from "./BulkProgressPanel";
import { useNow, useOverview, type OverviewServices } from "./overviewServices";
import { ProcessOptions } from "./ProcessOptions";
import { SkippedRecipients } from "./SkippedRecipients";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

/** "All with ≤ 2 days left" (overdue included). */
const NEAR_DAYS = 2;

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

// One update under way per outbox, kept while the tab is switched (the view is a lazy chunk that
// unmounts): the drafts go on in the queue either way, and so does their progress here.
const stores = new WeakMap<OutboxStatusStoreApi, BulkUpdateStoreApi>();

function bulkStoreOf(services: OverviewServices): BulkUpdateStoreApi {
  let store = stores.get(services.outbox);
  if (!store) {
    store = createBulkUpdateStore({
      sendRounds: (rounds) => services.processes.getState().sendDraftRounds(rounds),
      cancel: (id) => services.outbox.getState().cancel(id),
      retry: (id) => services.outbox.getState().retry(id),
    });
    stores.set(services.outbox, store);
  }
  return store;
}

/** A status update to many: pick who (near or past their deadline in one click), see who cannot
 * get one and why, then one personalised draft each through the queue. */
export default function BulkUpdateView() {
  const services = useOverview();
  const bulk = bulkStoreOf(services);
  const underWay = useStore(bulk, (s) => s.rounds.length > 0 || s.starting || s.problem !== null);
  return underWay ? <BulkProgressPanel bulk={bulk} /> : <BulkSelection bulk={bulk} />;
}

function BulkSelection({ bulk }: { bulk: BulkUpdateStoreApi }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const { processes: processesStore, settings: settingsStore, overview, templates: own } = useOverview();
  const templates = useAllTemplates(own);
  const templateId = useStore(bulk, (s) => s.templateId);
  const processes = useStore(processesStore, (s) => s.processes);
  const settings = useStore(settingsStore, (s) => s.settings);
  const filter = useStore(overview, (s) => s.filter);
  const selected = useStore(overview, (s) => s.selected);
  const now = useNow(processes);
  const all = selectOverviewRows(processes, settings, now);
  const rows = selectFilteredRows(all, { processId: filter.processId, stageKind: null });
  const preview = selectBulkPreview(processes, selected, templates, templateId);
  const starting = useStore(bulk, (s) => s.starting);

  return (
    <section className={styles.view} aria-labelledby="bulk-intro" data-testid="bulk-view">
      <Text id="bulk-intro">{t("bulk.intro")}</Text>
      <Field label={t("bulk.process")}>
        <Select
          value={filter.processId ?? ""}
          onChange={(_, d) => overview.getState().filterByProcess(d.value === "" ? null : d.value)}
          data-testid="bulk-process"
        >
          <option value="">{t("bulk.allProcesses")}</option>
          <ProcessOptions processes={processes} />
        </Select>
      </Field>
      <TemplateForManyField
        templates={templates}
        value={templateId}
        onChange={(id) => bulk.getState().chooseTemplate(id)}
        testId="bulk-template"
      />
      <div className={styles.bar}>
        <Button
          onClick={() => overview.getState().select(selectNearDeadline(rows, NEAR_DAYS).map(rowKey))}
          data-testid="bulk-select-near"
        >
          {t("bulk.selectNear")}
        </Button>
        <Button appearance="subtle" onClick={() => overview.getState().clearSelection()}>
          {t("bulk.selectNone")}
        </Button>
        <Text role="status" aria-live="polite" data-testid="bulk-count">
          {t("bulk.selectedCount", { count: selected.size, total: rows.length })}
        </Text>
      </div>
      <BulkCandidateList
        rows={rows}
        selected={selected}
        onToggle={(k) => overview.getState().toggleSelected(k)}
      />
      <SkippedRecipients skipped={preview.skipped} testId="bulk-skipped" />
      <div className={styles.bar}>
        <Button
          appearance="primary"
          disabled={preview.drafts === 0 || starting}
          onClick={() => void bulk.getState().start(processes, selected, templates)}
          data-testid="bulk-create"
        >
          {t("bulk.create", { count: preview.drafts })}
        </Button>
        {preview.drafts === 0 && <Text size={200}>{t("bulk.nothingToCreate")}</Text>}
      </div>
    </section>
  );
}
