import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { ThemeKind } from "../host/host";
import { WorkbenchApp } from "./WorkbenchApp";

declare const SVARA_EMULATOR_URL: string;

const params = new URLSearchParams(window.location.search);
const theme = (params.get("theme") as ThemeKind | null) ?? "light";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <WorkbenchApp
      initial={{
        source: { graphUrl: params.get("graph") ?? SVARA_EMULATOR_URL, token: "workbench-dev-token" },
        language: params.get("lang") ?? "sv-SE",
        theme,
        paneWidth: Number(params.get("width") ?? 320),
        openMessage: params.get("message"),
      }}
    />
  </FluentProvider>,
);
