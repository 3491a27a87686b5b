// The default template library ("mallar"), Swedish and English. Written to be sent as they are, in
// the voice of a recruiter at a small agency (../shared/reviews/swedish-text.md): thanks first, the
// reason in a full sentence, what happens next and when, and an invitation to answer. Candidates
// read "rekrytering" and "mejl"; the title and organisation come as one placeholder, so a process
// without an organisation still reads right; the acknowledgement promises the clock's real date.

import type { Language } from "../result";
import { builtInTemplateId, type BuiltInKind } from "./builtInIds";
import { SURVEY_REPLY_TEMPLATES } from "./surveyTemplate";
import type { Template } from "./template";

// The survey's texts are built from its questions (surveyTemplate.ts); every other kind is here.
type Texts = Readonly<
  Record<Exclude<BuiltInKind, "survey-reply">, { name: string; subject: string; body: string }>
>;

const HEJ = "Hej {{candidate.firstName}},";
const SIGN_SV = `Vänliga hälsningar
{{recruiter.name}}`;
const HI = "Hi {{candidate.firstName}},";
const SIGN_EN = `Kind regards
{{recruiter.name}}`;

const SV: Texts = {
  "application-received": {
    name: "Ansökan mottagen",
    subject: "Tack för din ansökan – {{process.title}}",
    body: `${HEJ}

tack för din ansökan till tjänsten som {{process.titleAndOrganisation}}. Vi har tagit emot den och läser den noga.

Du hör av oss senast {{candidate.answerBy}}. Har du frågor innan dess är du välkommen att svara på det här mejlet.

${SIGN_SV}`,
  },
  "status-update": {
    name: "Statusuppdatering",
    subject: "Så går det i rekryteringen – {{process.title}}",
    body: `${HEJ}

vi vill berätta hur det går i rekryteringen till tjänsten som {{process.titleAndOrganisation}}. Du är fortfarande med, och så här ser tidsplanen ut:

{{process.timeline}}

Nästa steg: {{process.nextStep}}

Du hör av oss igen när nästa datum i tidsplanen har passerat. Undrar du något innan dess får du gärna höra av dig.

${SIGN_SV}`,
  },
  "interview-invitation": {
    name: "Inbjudan till intervju",
    subject: "Inbjudan till intervju – {{process.title}}",
    body: `${HEJ}

tack för din ansökan till tjänsten som {{process.titleAndOrganisation}}. Vi vill gärna träffa dig för en intervju.

Så här tänker vi oss den: {{process.nextStep}}

Svara gärna på det här mejlet med några tider som passar dig, så bokar vi in intervjun och skickar en bekräftelse med plats eller Teams-länk.

${SIGN_SV}`,
  },
  "rejection-missing-requirement": {
    name: "Avslag: ett krav saknas",
    subject: "Din ansökan – {{process.title}}",
    body: `${HEJ}

tack för din ansökan till tjänsten som {{process.titleAndOrganisation}}. Vi har läst den noga och har tyvärr valt att inte gå vidare med den.

Ett krav för tjänsten är {{rejection.reason}}, och det kunde vi tyvärr inte se i din ansökan. Har vi missat något får du gärna höra av dig.

Tack för att du tog dig tid att söka, och lycka till i ditt fortsatta jobbsökande!

${SIGN_SV}`,
  },
  "rejection-applied-too-late": {
    name: "Avslag: ansökan kom för sent",
    subject: "Din ansökan – {{process.title}}",
    body: `${HEJ}

tack för ditt intresse för tjänsten som {{process.titleAndOrganisation}}. Tyvärr kan vi inte pröva din ansökan, eftersom {{rejection.reason}}.

Sök gärna igen när vi annonserar nästa gång – vi hör gärna från dig då.

${SIGN_SV}`,
  },
  "rejection-others-went-further": {
    name: "Avslag: andra kandidater passade bättre",
    subject: "Din ansökan – {{process.title}}",
    body: `${HEJ}

tack för din ansökan till tjänsten som {{process.titleAndOrganisation}} och för att du tog dig tid att söka. Vi fick många bra ansökningar och har valt att gå vidare med {{rejection.reason}}.

Det här är inget omdöme om dig som person. Vill du veta mer om hur vi har tänkt får du gärna svara på det här mejlet, och sök gärna igen när du ser en tjänst hos oss som passar dig.

Lycka till i ditt fortsatta jobbsökande!

${SIGN_SV}`,
  },
  "next-step-offer": {
    name: "Du går vidare",
    subject: "Du går vidare – {{process.title}}",
    body: `${HEJ}

vad roligt att kunna berätta att du går vidare i rekryteringen till tjänsten som {{process.titleAndOrganisation}}!

Nästa steg: {{process.nextStep}}

Svara gärna på det här mejlet och bekräfta att det passar, eller föreslå en annan tid.

${SIGN_SV}`,
  },
  "call-script": {
    name: "Samtalsstöd: besked efter intervju",
    subject: "Samtal med {{candidate.name}} om {{process.title}}",
    body: `Presentera dig: {{recruiter.name}}, om tjänsten som {{process.titleAndOrganisation}}.

Tacka {{candidate.firstName}} för tiden och intervjun.

Ge beskedet tydligt och tidigt i samtalet, och förklara varför.

Fråga om {{candidate.firstName}} vill ha återkoppling på intervjun, och ge den konkret.

Berätta vad som händer nu: {{process.nextStep}}

Avsluta vänligt och logga samtalet i Svara.`,
  },
  "survey-invitation": {
    name: "Inbjudan till enkät",
    subject: "Hur upplevde du rekryteringen? – {{process.title}}",
    body: `${HEJ}

tack för att du sökte tjänsten som {{process.titleAndOrganisation}}. Vi vill bli bättre på att rekrytera och skulle uppskatta om du berättade hur du upplevde rekryteringen. Det tar ungefär två minuter:

{{process.surveyUrl}}

Tack på förhand!

${SIGN_SV}`,
  },
  "interview-thanks": {
    name: "Tack för intervjun",
    subject: "Tack för intervjun – {{process.title}}",
    body: `${HEJ}

tack för att du tog dig tid att träffa oss om tjänsten som {{process.titleAndOrganisation}}. Det var roligt att få höra mer om dig.

Vi träffar några kandidater till och ger dig besked per telefon senast {{candidate.answerBy}}. Har du frågor innan dess får du gärna svara på det här mejlet.

${SIGN_SV}`,
  },
  "missed-call": {
    name: "Jag försökte nå dig",
    subject: "Jag försökte ringa dig – {{process.title}}",
    body: `${HEJ}

jag försökte nå dig på telefon i dag om tjänsten som {{process.titleAndOrganisation}}, men fick inte tag på dig.

Svara gärna på det här mejlet med en tid som passar, så ringer jag upp dig då. Du kan också ringa mig.

${SIGN_SV}`,
  },
  "interview-confirmation": {
    name: "Bekräftelse av intervjutid",
    subject: "Bekräftelse av intervju – {{process.title}}",
    body: `${HEJ}

tack för att du vill träffa oss! Här kommer en bekräftelse av intervjun för tjänsten som {{process.titleAndOrganisation}}:

{{process.nextStep}}

Intervjun tar ungefär en timme. Du behöver inte förbereda något särskilt, men fundera gärna på vad du vill fråga oss.

Skulle tiden inte passa ändå är det bara att svara på det här mejlet, så hittar vi en ny.

${SIGN_SV}`,
  },
  "interview-rebooking": {
    name: "Ombokning av intervju",
    subject: "Ny tid för intervjun – {{process.title}}",
    body: `${HEJ}

vi behöver tyvärr flytta intervjun för tjänsten som {{process.titleAndOrganisation}}. Förlåt att det blev så.

Vårt förslag: {{process.nextStep}}

Svara gärna på det här mejlet och bekräfta att det passar, eller föreslå en annan tid.

${SIGN_SV}`,
  },
  "position-filled": {
    name: "Tjänsten är tillsatt",
    subject: "Tjänsten är tillsatt – {{process.title}}",
    body: `${HEJ}

tack för ditt intresse för tjänsten som {{process.titleAndOrganisation}} och för tålamodet under rekryteringen. Nu är tjänsten tillsatt, och vi går därför inte vidare med din ansökan.

Vi hoppas att du söker igen när du ser en tjänst hos oss som passar dig. Lycka till i ditt fortsatta jobbsökande!

${SIGN_SV}`,
  },
  "recruitment-cancelled": {
    name: "Rekryteringen avbryts",
    subject: "Rekryteringen avbryts – {{process.title}}",
    body: `${HEJ}

tack för din ansökan till tjänsten som {{process.titleAndOrganisation}}. Vi har tyvärr beslutat att avbryta rekryteringen, och den här gången blir det alltså ingen anställning.

Det har inget med din ansökan att göra. Annonserar vi tjänsten igen hoppas vi att du söker på nytt. Har du frågor får du gärna svara på det här mejlet.

${SIGN_SV}`,
  },
  "reference-request": {
    name: "Begäran om referenser",
    subject: "Referenser – {{process.title}}",
    body: `${HEJ}

det har varit roligt att lära känna dig i rekryteringen till tjänsten som {{process.titleAndOrganisation}}. Som nästa steg vill vi gärna prata med två eller tre referenser.

Skicka gärna namn, roll och telefonnummer till personer som har varit din chef eller arbetat nära dig, och berätta för dem att vi kan komma att ringa. Vi kontaktar bara de referenser du själv har gett oss, och först när du har svarat på det här mejlet.

${SIGN_SV}`,
  },
  "offer-summary": {
    name: "Sammanfattning efter erbjudande per telefon",
    subject: "Sammanfattning av vårt samtal – {{process.title}}",
    body: `${HEJ}

tack för samtalet! Här är en sammanfattning av erbjudandet om tjänsten som {{process.titleAndOrganisation}}, så att du har allt skriftligt.

Så här går vi vidare: {{process.nextStep}}

Hör gärna av dig om något är oklart eller om du vill prata mer innan du bestämmer dig. Vi ser fram emot ditt svar.

${SIGN_SV}`,
  },
  "talent-pool-consent": {
    name: "Samtycke till talangbank",
    subject: "Får vi spara din ansökan? – {{process.title}}",
    body: `${HEJ}

tack för din ansökan till tjänsten som {{process.titleAndOrganisation}}. Vi blev imponerade och skulle gärna höra av oss när en liknande tjänst blir ledig.

Får vi spara din ansökan och dina kontaktuppgifter i vår talangbank i tolv månader? Svara "ja" på det här mejlet i så fall. Du kan när som helst be oss ta bort dem.

${SIGN_SV}`,
  },
  "consent-renewal": {
    name: "Förnyelse av samtycke",
    subject: "Vill du vara kvar i vår talangbank?",
    body: `${HEJ}

för en tid sedan gav du oss lov att spara din ansökan i vår talangbank, efter att du sökte tjänsten som {{process.titleAndOrganisation}}. Den tiden går snart ut.

Vill du att vi sparar dina uppgifter i tolv månader till? Svara "ja" på det här mejlet. Hör vi inget tar vi bort dem.

${SIGN_SV}`,
  },
  "incomplete-application": {
    name: "Ofullständig ansökan – komplettera",
    subject: "Komplettera din ansökan – {{process.title}}",
    body: `${HEJ}

tack för din ansökan till tjänsten som {{process.titleAndOrganisation}}! Det saknas tyvärr en del i den för att vi ska kunna pröva den, till exempel CV eller personligt brev.

Skicka gärna det som saknas som svar på det här mejlet senast {{candidate.answerBy}}, så tar vi med din ansökan i urvalet.

${SIGN_SV}`,
  },
  "withdrawal-confirmation": {
    name: "Bekräftelse: kandidaten drar sig ur",
    subject: "Bekräftelse – {{process.title}}",
    body: `${HEJ}

tack för att du hörde av dig. Vi har noterat att du inte längre vill vara med i rekryteringen till tjänsten som {{process.titleAndOrganisation}}, och tar bort din ansökan ur processen.

Tack för ditt intresse, och lycka till framöver! Du är varmt välkommen att söka igen.

${SIGN_SV}`,
  },
  "test-invitation": {
    name: "Inbjudan till test eller case",
    subject: "Inbjudan till test – {{process.title}}",
    body: `${HEJ}

tack för intervjun! Som nästa steg i rekryteringen till tjänsten som {{process.titleAndOrganisation}} vill vi be dig göra ett test.

{{process.nextStep}}

Hör gärna av dig om du har frågor om testet eller behöver anpassningar.

${SIGN_SV}`,
  },
};

const EN: Texts = {
  "application-received": {
    name: "Application received",
    subject: "Thank you for your application – {{process.title}}",
    body: `${HI}

Thank you for applying for the {{process.titleAndOrganisation}} role. We have received your application and will read it carefully.

You will hear from us by {{candidate.answerBy}}. If you have any questions before then, just reply to this email.

${SIGN_EN}`,
  },
  "status-update": {
    name: "Status update",
    subject: "How the recruitment is going – {{process.title}}",
    body: `${HI}

We would like to let you know how the recruitment for the {{process.titleAndOrganisation}} role is going. You are still in the running, and this is the timeline:

{{process.timeline}}

Next step: {{process.nextStep}}

You will hear from us again once the next date in the timeline has passed. If you have any questions before then, do get in touch.

${SIGN_EN}`,
  },
  "interview-invitation": {
    name: "Invitation to interview",
    subject: "Invitation to interview – {{process.title}}",
    body: `${HI}

Thank you for applying for the {{process.titleAndOrganisation}} role. We would very much like to meet you for an interview.

What we have in mind: {{process.nextStep}}

Please reply to this email with a few times that suit you, and we will book the interview and send a confirmation with the place or a Teams link.

${SIGN_EN}`,
  },
  "rejection-missing-requirement": {
    name: "Rejection: a requirement is missing",
    subject: "Your application – {{process.title}}",
    body: `${HI}

Thank you for applying for the {{process.titleAndOrganisation}} role. We have read your application carefully and have unfortunately decided not to take it further.

One requirement for the role is {{rejection.reason}}, and we could not see that in your application. If we have missed something, please let us know.

Thank you for taking the time to apply, and good luck with your job search!

${SIGN_EN}`,
  },
  "rejection-applied-too-late": {
    name: "Rejection: applied too late",
    subject: "Your application – {{process.title}}",
    body: `${HI}

Thank you for your interest in the {{process.titleAndOrganisation}} role. Unfortunately we cannot consider your application, because {{rejection.reason}}.

Please do apply again the next time we advertise – we would be glad to hear from you.

${SIGN_EN}`,
  },
  "rejection-others-went-further": {
    name: "Rejection: other candidates were a better fit",
    subject: "Your application – {{process.title}}",
    body: `${HI}

Thank you for applying for the {{process.titleAndOrganisation}} role and for taking the time to do so. We received many strong applications and have decided to go on with {{rejection.reason}}.

This is not a judgement of you as a person. If you would like to know more about our thinking, just reply to this email, and do apply again when you see a role with us that suits you.

Good luck with your job search!

${SIGN_EN}`,
  },
  "next-step-offer": {
    name: "You are through to the next step",
    subject: "You are through to the next step – {{process.title}}",
    body: `${HI}

We are delighted to tell you that you are through to the next step in the recruitment for the {{process.titleAndOrganisation}} role!

Next step: {{process.nextStep}}

Please reply to this email to confirm that it suits you, or suggest another time.

${SIGN_EN}`,
  },
  "call-script": {
    name: "Call script: decision after interview",
    subject: "Call with {{candidate.name}} about {{process.title}}",
    body: `Introduce yourself: {{recruiter.name}}, about the {{process.titleAndOrganisation}} role.

Thank {{candidate.firstName}} for their time and the interview.

Give the decision clearly and early in the call, and explain why.

Ask whether {{candidate.firstName}} would like feedback on the interview, and make it concrete.

Say what happens now: {{process.nextStep}}

Close kindly and log the call in Svara.`,
  },
  "survey-invitation": {
    name: "Feedback survey invitation",
    subject: "How was the recruitment for you? – {{process.title}}",
    body: `${HI}

Thank you for applying for the {{process.titleAndOrganisation}} role. We want to get better at recruiting and would value hearing how the recruitment felt to you. It takes about two minutes:

{{process.surveyUrl}}

Thank you in advance!

${SIGN_EN}`,
  },
  "interview-thanks": {
    name: "Thank you for the interview",
    subject: "Thank you for the interview – {{process.title}}",
    body: `${HI}

Thank you for taking the time to meet us about the {{process.titleAndOrganisation}} role. It was a pleasure to hear more about you.

We are meeting a few more candidates and will call you with our decision by {{candidate.answerBy}}. If you have any questions before then, just reply to this email.

${SIGN_EN}`,
  },
  "missed-call": {
    name: "I tried to reach you",
    subject: "I tried to call you – {{process.title}}",
    body: `${HI}

I tried to reach you by phone today about the {{process.titleAndOrganisation}} role, but could not get hold of you.

Please reply to this email with a time that suits you and I will call you then. You are also welcome to call me.

${SIGN_EN}`,
  },
  "interview-confirmation": {
    name: "Interview confirmation",
    subject: "Interview confirmation – {{process.title}}",
    body: `${HI}

Thank you for agreeing to meet us! Here is the confirmation of your interview for the {{process.titleAndOrganisation}} role:

{{process.nextStep}}

The interview takes about an hour. You do not need to prepare anything in particular, but do think about what you would like to ask us.

If the time no longer suits you, just reply to this email and we will find a new one.

${SIGN_EN}`,
  },
  "interview-rebooking": {
    name: "Interview rescheduled",
    subject: "A new time for your interview – {{process.title}}",
    body: `${HI}

Unfortunately we need to move your interview for the {{process.titleAndOrganisation}} role. We are sorry for the change.

Our suggestion: {{process.nextStep}}

Please reply to this email to confirm that it suits you, or suggest another time.

${SIGN_EN}`,
  },
  "position-filled": {
    name: "The position is filled",
    subject: "The position is filled – {{process.title}}",
    body: `${HI}

Thank you for your interest in the {{process.titleAndOrganisation}} role and for your patience during the recruitment. The position has now been filled, so we will not be taking your application further.

We hope you will apply again when you see a role with us that suits you. Good luck with your job search!

${SIGN_EN}`,
  },
  "recruitment-cancelled": {
    name: "The recruitment is cancelled",
    subject: "The recruitment is cancelled – {{process.title}}",
    body: `${HI}

Thank you for applying for the {{process.titleAndOrganisation}} role. Unfortunately we have decided to cancel the recruitment, so there will be no appointment this time.

This has nothing to do with your application. If we advertise the role again, we hope you will apply. If you have any questions, just reply to this email.

${SIGN_EN}`,
  },
  "reference-request": {
    name: "Request for references",
    subject: "References – {{process.title}}",
    body: `${HI}

It has been a pleasure getting to know you in the recruitment for the {{process.titleAndOrganisation}} role. As the next step we would like to speak to two or three referees.

Please send the name, role and phone number of people who have managed you or worked closely with you, and let them know we may call. We only contact the referees you give us yourself, and only once you have replied to this email.

${SIGN_EN}`,
  },
  "offer-summary": {
    name: "Summary after an offer by phone",
    subject: "Summary of our call – {{process.title}}",
    body: `${HI}

Thank you for the call! Here is a summary of the offer for the {{process.titleAndOrganisation}} role, so that you have everything in writing.

How we go on from here: {{process.nextStep}}

Do get in touch if anything is unclear or if you would like to talk more before you decide. We look forward to your answer.

${SIGN_EN}`,
  },
  "talent-pool-consent": {
    name: "Consent to the talent pool",
    subject: "May we keep your application? – {{process.title}}",
    body: `${HI}

Thank you for applying for the {{process.titleAndOrganisation}} role. We were impressed and would like to get in touch when a similar role comes up.

May we keep your application and contact details in our talent pool for twelve months? If so, just reply "yes" to this email. You can ask us to remove them at any time.

${SIGN_EN}`,
  },
  "consent-renewal": {
    name: "Renewal of consent",
    subject: "Would you like to stay in our talent pool?",
    body: `${HI}

Some time ago you allowed us to keep your application in our talent pool, after you applied for the {{process.titleAndOrganisation}} role. That period will soon end.

Would you like us to keep your details for another twelve months? Just reply "yes" to this email. If we do not hear from you, we will remove them.

${SIGN_EN}`,
  },
  "incomplete-application": {
    name: "Incomplete application",
    subject: "Please complete your application – {{process.title}}",
    body: `${HI}

Thank you for applying for the {{process.titleAndOrganisation}} role! Unfortunately something is missing for us to consider it, such as a CV or a cover letter.

Please send what is missing as a reply to this email by {{candidate.answerBy}}, and we will include your application in the selection.

${SIGN_EN}`,
  },
  "withdrawal-confirmation": {
    name: "Confirmation: the candidate withdraws",
    subject: "Confirmation – {{process.title}}",
    body: `${HI}

Thank you for letting us know. We have noted that you no longer wish to take part in the recruitment for the {{process.titleAndOrganisation}} role, and have removed your application from the process.

Thank you for your interest, and all the best! You are very welcome to apply again.

${SIGN_EN}`,
  },
  "test-invitation": {
    name: "Invitation to a test or case",
    subject: "Invitation to a test – {{process.title}}",
    body: `${HI}

Thank you for the interview! As the next step in the recruitment for the {{process.titleAndOrganisation}} role, we would like to ask you to take a test.

{{process.nextStep}}

Do get in touch if you have any questions about the test or need any adjustments.

${SIGN_EN}`,
  },
};

function build(language: Language, texts: Texts): readonly Template[] {
  return (Object.keys(texts) as (keyof Texts)[]).map((kind) => ({
    id: builtInTemplateId(kind, language),
    kind,
    language,
    builtIn: true,
    ...texts[kind],
  }));
}

export const DEFAULT_TEMPLATES: readonly Template[] = [
  ...build("sv", SV),
  ...build("en", EN),
  ...SURVEY_REPLY_TEMPLATES,
];

export function defaultTemplate(kind: BuiltInKind, language: Language): Template {
  // Both languages define every kind (the Texts type guarantees it), so the lookup cannot miss.
  return DEFAULT_TEMPLATES.find((t) => t.kind === kind && t.language === language) as Template;
}
