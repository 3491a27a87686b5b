// The default template library ("mallar"), Swedish and English. Written to be sent as they are:
// short, warm, and — for rejections — saying why, because a reason is what candidates ask for.
// "Application received" needs nothing but the process title, so it works for a process set up
// a minute ago; the status update needs milestones and a next step, because that is its point.

import type { Language } from "../result";
import type { Template, TemplateKind } from "./template";

type Texts = Readonly<
  Record<Exclude<TemplateKind, "custom">, { name: string; subject: string; body: string }>
>;

const SV: Texts = {
  "application-received": {
    name: "Ansökan mottagen",
    subject: "Tack för din ansökan till {{process.title}}",
    body: `Hej {{candidate.firstName}},

tack för din ansökan till tjänsten som {{process.title}} på {{process.organisation}}. Vi har tagit emot den och återkommer till dig inom tio dagar.

Vänliga hälsningar
{{recruiter.name}}`,
  },
  "status-update": {
    name: "Lägesuppdatering",
    subject: "Läget i rekryteringen till {{process.title}}",
    body: `Hej {{candidate.firstName}},

vi vill berätta var rekryteringen till {{process.title}} står just nu. Du är fortfarande med i processen.

Tidsplan:

{{process.timeline}}

Nästa steg: {{process.nextStep}}

Har du frågor är du välkommen att höra av dig.

Vänliga hälsningar
{{recruiter.name}}`,
  },
  "interview-invitation": {
    name: "Inbjudan till intervju",
    subject: "Inbjudan till intervju – {{process.title}}",
    body: `Hej {{candidate.firstName}},

tack för din ansökan till {{process.title}} på {{process.organisation}}. Vi vill gärna träffa dig för en intervju.

{{process.nextStep}}

Svara på det här mejlet med de tider som passar dig, så bokar vi.

Vänliga hälsningar
{{recruiter.name}}`,
  },
  "rejection-missing-requirement": {
    name: "Besked: ett krav saknas",
    subject: "Besked om din ansökan till {{process.title}}",
    body: `Hej {{candidate.firstName}},

tack för ditt intresse för tjänsten som {{process.title}} på {{process.organisation}}. Vi har gått igenom din ansökan och går tyvärr inte vidare med den. Det som avgjorde var: {{rejection.reason}}.

Vi önskar dig lycka till framöver.

Vänliga hälsningar
{{recruiter.name}}`,
  },
  "rejection-applied-too-late": {
    name: "Besked: ansökan kom för sent",
    subject: "Besked om din ansökan till {{process.title}}",
    body: `Hej {{candidate.firstName}},

tack för ditt intresse för tjänsten som {{process.title}} på {{process.organisation}}. Tyvärr kan vi inte ta med din ansökan: {{rejection.reason}}.

Håll gärna utkik efter våra kommande tjänster.

Vänliga hälsningar
{{recruiter.name}}`,
  },
  "rejection-others-went-further": {
    name: "Besked: andra gick vidare",
    subject: "Besked om din ansökan till {{process.title}}",
    body: `Hej {{candidate.firstName}},

tack för din ansökan till {{process.title}} på {{process.organisation}}. Vi fick många ansökningar och har valt att gå vidare med andra kandidater: {{rejection.reason}}.

Vi önskar dig lycka till framöver.

Vänliga hälsningar
{{recruiter.name}}`,
  },
  "next-step-offer": {
    name: "Erbjudande om nästa steg",
    subject: "Nästa steg i rekryteringen till {{process.title}}",
    body: `Hej {{candidate.firstName}},

vi vill gärna gå vidare med dig i rekryteringen till {{process.title}}.

Nästa steg: {{process.nextStep}}

Vänliga hälsningar
{{recruiter.name}}`,
  },
  "call-script": {
    name: "Samtalsstöd: besked efter intervju",
    subject: "Samtal med {{candidate.name}} om {{process.title}}",
    body: `Presentera dig: {{recruiter.name}}, {{process.organisation}}, om tjänsten som {{process.title}}.

Tacka {{candidate.firstName}} för tiden och intervjun.

Ge beskedet tydligt och tidigt i samtalet, och förklara varför.

Fråga om {{candidate.firstName}} vill ha återkoppling på intervjun, och ge den konkret.

Berätta vad som händer nu: {{process.nextStep}}

Avsluta vänligt och logga samtalet i Svara.`,
  },
  "survey-invitation": {
    name: "Inbjudan till enkät",
    subject: "Hur upplevde du rekryteringen till {{process.title}}?",
    body: `Hej {{candidate.firstName}},

tack för att du sökte tjänsten som {{process.title}} på {{process.organisation}}. Vi vill bli bättre på att rekrytera och skulle uppskatta om du berättade hur du upplevde processen. Det tar två minuter:

{{process.surveyUrl}}

Vänliga hälsningar
{{recruiter.name}}`,
  },
};

const EN: Texts = {
  "application-received": {
    name: "Application received",
    subject: "Thank you for applying for {{process.title}}",
    body: `Hi {{candidate.firstName}},

thank you for applying for the {{process.title}} role at {{process.organisation}}. We have received your application and will get back to you within ten days.

Kind regards
{{recruiter.name}}`,
  },
  "status-update": {
    name: "Status update",
    subject: "Where the {{process.title}} recruitment stands",
    body: `Hi {{candidate.firstName}},

we would like to let you know where the {{process.title}} recruitment stands. You are still in the process.

Timeline:

{{process.timeline}}

Next step: {{process.nextStep}}

If you have any questions, just reply to this mail.

Kind regards
{{recruiter.name}}`,
  },
  "interview-invitation": {
    name: "Invitation to interview",
    subject: "Invitation to interview – {{process.title}}",
    body: `Hi {{candidate.firstName}},

thank you for applying for {{process.title}} at {{process.organisation}}. We would like to meet you for an interview.

{{process.nextStep}}

Reply to this mail with the times that suit you and we will book one.

Kind regards
{{recruiter.name}}`,
  },
  "rejection-missing-requirement": {
    name: "Decision: a requirement is missing",
    subject: "About your application for {{process.title}}",
    body: `Hi {{candidate.firstName}},

thank you for your interest in the {{process.title}} role at {{process.organisation}}. We have reviewed your application and unfortunately will not take it further. What decided it: {{rejection.reason}}.

We wish you all the best.

Kind regards
{{recruiter.name}}`,
  },
  "rejection-applied-too-late": {
    name: "Decision: applied too late",
    subject: "About your application for {{process.title}}",
    body: `Hi {{candidate.firstName}},

thank you for your interest in the {{process.title}} role at {{process.organisation}}. Unfortunately we cannot consider your application: {{rejection.reason}}.

Do keep an eye out for our future openings.

Kind regards
{{recruiter.name}}`,
  },
  "rejection-others-went-further": {
    name: "Decision: others went further",
    subject: "About your application for {{process.title}}",
    body: `Hi {{candidate.firstName}},

thank you for applying for {{process.title}} at {{process.organisation}}. We received many applications and have decided to go on with other candidates: {{rejection.reason}}.

We wish you all the best.

Kind regards
{{recruiter.name}}`,
  },
  "next-step-offer": {
    name: "Offer of next step",
    subject: "Next step in the {{process.title}} recruitment",
    body: `Hi {{candidate.firstName}},

we would like to go on with you in the {{process.title}} recruitment.

Next step: {{process.nextStep}}

Kind regards
{{recruiter.name}}`,
  },
  "call-script": {
    name: "Call script: decision after interview",
    subject: "Call with {{candidate.name}} about {{process.title}}",
    body: `Introduce yourself: {{recruiter.name}}, {{process.organisation}}, about the {{process.title}} role.

Thank {{candidate.firstName}} for their time and the interview.

Give the decision clearly and early in the call, and explain why.

Ask whether {{candidate.firstName}} would like feedback on the interview, and make it concrete.

Say what happens now: {{process.nextStep}}

Close kindly and log the call in Svara.`,
  },
  "survey-invitation": {
    name: "Feedback survey invitation",
    subject: "How was the {{process.title}} recruitment for you?",
    body: `Hi {{candidate.firstName}},

thank you for applying for the {{process.title}} role at {{process.organisation}}. We want to get better at recruiting and would value hearing how the process felt to you. It takes two minutes:

{{process.surveyUrl}}

Kind regards
{{recruiter.name}}`,
  },
};

function build(language: Language, texts: Texts): readonly Template[] {
  return (Object.keys(texts) as (keyof Texts)[]).map((kind) => ({
    id: `default-${kind}-${language}`,
    kind,
    language,
    builtIn: true,
    ...texts[kind],
  }));
}

export const DEFAULT_TEMPLATES: readonly Template[] = [...build("sv", SV), ...build("en", EN)];

export function defaultTemplate(kind: Exclude<TemplateKind, "custom">, language: Language): Template {
  // Both languages define every kind (the Texts type guarantees it), so the lookup cannot miss.
  return DEFAULT_TEMPLATES.find((t) => t.kind === kind && t.language === language) as Template;
}
