// The people of the demo: three recruitment processes (one closed long ago) and their candidates, each with the story of
// their contacts as (days before now, direction, kind, summary). Plain data, no Graph.

interface StoryStep {
  /** Days before `now` (fractions allowed); the mail/contact happens then. */
  daysAgo: number;
  direction: "in" | "out";
  channel: "email" | "meeting";
  kind: "application" | "message" | "interview" | "answer" | "status-update" | "decision";
  summary: string;
  /** Mail subject and body for email steps. */
  subject?: string;
  text?: string;
}

interface DemoCandidateSpec {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  stageId: string;
  rejection?: { reason: string; detail: string };
  story: StoryStep[];
}

export interface DemoProcessSpec {
  id: string;
  title: string;
  organisation: string;
  color: string;
  nextStep: string;
  deadlineDaysAgo: number;
  /** A process that ended long ago (closed this many days before now): its candidates' data is
   * due for erasure, or soon will be (issue 14's "Gallring" list). */
  closedDaysAgo?: number;
  candidates: DemoCandidateSpec[];
}

const app = (daysAgo: number, title: string, text: string): StoryStep => ({
  daysAgo,
  direction: "in",
  channel: "email",
  kind: "application",
  summary: "Ansökan via mail",
  subject: `Ansökan: ${title}`,
  text,
});
const answer = (
  daysAgo: number,
  title: string,
  text: string,
  kind: StoryStep["kind"] = "answer",
): StoryStep => ({
  daysAgo,
  direction: "out",
  channel: "email",
  kind,
  summary: "Svar via mail",
  subject: `RE: Ansökan: ${title}`,
  text,
});
const message = (daysAgo: number, title: string, text: string): StoryStep => ({
  daysAgo,
  direction: "in",
  channel: "email",
  kind: "message",
  summary: "Fråga via mail",
  subject: `RE: Ansökan: ${title}`,
  text,
});
const interview = (daysAgo: number): StoryStep => ({
  daysAgo,
  direction: "out",
  channel: "meeting",
  kind: "interview",
  summary: "Intervju",
});

const BE = "Backend-utvecklare";
const EK = "Ekonomiassistent";
const SA = "Säljare";

export const DEMO_PROCESSES: DemoProcessSpec[] = [
  {
    id: "p-nordbank-backend",
    title: BE,
    organisation: "Nordbank",
    color: "preset7",
    nextStep: "Intervjuer vecka 49",
    deadlineDaysAgo: 5,
    candidates: [
      {
        id: "c-asa-oberg",
        name: "Åsa Öberg",
        email: "asa.oberg@example.se",
        phone: "+46 70 123 45 67",
        stageId: "screening",
        story: [
          app(18.2, BE, "Hej! Jag söker tjänsten som backend-utvecklare. CV bifogat."),
          answer(17.1, BE, "Tack för din ansökan, Åsa! Vi återkommer inom två veckor."),
          message(3.1, BE, "Hej igen, finns det något nytt om processen? Jag har fått ett annat erbjudande."),
        ],
      },
      {
        id: "c-chidi-jonsson-nwachukwu",
        name: "Chidi Jönsson-Ńwachukwu",
        email: "chidi.jonsson-nwachukwu@example.com",
        phone: "+46 73 555 01 02",
        stageId: "applied",
        story: [
          app(9.2, BE, "Hello! I am applying for the backend developer role (Kotlin, Postgres, Kafka)."),
        ],
      },
      {
        id: "c-karin-strom",
        name: "Karin Ström",
        email: "karin.strom@example.se",
        phone: null,
        stageId: "interview",
        story: [
          app(20.3, BE, "Hej, här kommer min ansökan till tjänsten."),
          answer(19.2, BE, "Tack Karin! Vi vill gärna träffa dig på en intervju.", "status-update"),
          interview(2),
        ],
      },
      {
        id: "c-mohammed-al-sayed",
        name: "Mohammed Al-Sayed",
        email: "mohammed.alsayed@example.com",
        phone: "+46 76 222 33 44",
        stageId: "interview",
        story: [
          app(15.3, BE, "Hej! Jag vill gärna söka tjänsten som backend-utvecklare."),
          answer(14.2, BE, "Tack Mohammed! Vi bokar en intervju, inbjudan kommer.", "status-update"),
        ],
      },
      {
        id: "c-li-wei",
        name: "Li Wei",
        email: "li.wei@example.com",
        phone: "+46 72 987 65 43",
        stageId: "applied",
        story: [
          app(6.4, BE, "Dear recruiter, please find my application attached."),
          answer(5.3, BE, "Thank you for your application, Li! We will get back to you within two weeks."),
        ],
      },
      {
        id: "c-olof-naslund",
        name: "Olof Näslund",
        email: "olof.naslund@example.se",
        phone: "+46 70 111 22 33",
        stageId: "rejected",
        rejection: { reason: "missing-requirement", detail: "Erfarenhet av drift i molnmiljö saknas." },
        story: [
          app(21.1, BE, "Hej! Jag söker tjänsten."),
          answer(
            10.2,
            BE,
            "Tack för ditt intresse, Olof. Vi går vidare med kandidater med erfarenhet av drift i molnmiljö.",
            "decision",
          ),
        ],
      },
      {
        id: "c-priya-raghunathan",
        name: "Priya Raghunathan",
        email: "priya.raghunathan@example.com",
        phone: "+46 70 444 55 66",
        stageId: "screening",
        story: [
          app(8.3, BE, "Hi, I'd love to join Nordbank's backend team."),
          answer(7.4, BE, "Thank you Priya! Could you tell us about your notice period?"),
          message(7.1, BE, "Three months, but negotiable."),
          answer(6.2, BE, "Thanks! We'll be in touch about next steps."),
        ],
      },
    ],
  },
  {
    id: "p-solkraft-saljare",
    title: SA,
    organisation: "Solkraft AB",
    color: "preset4",
    nextStep: "Telefonintervjuer i början av december",
    deadlineDaysAgo: 3,
    candidates: [
      {
        id: "c-bjorn-ekdahl",
        name: "Björn Ekdahl",
        email: "bjorn.ekdahl@example.se",
        phone: "+46 70 765 43 21",
        stageId: "screening",
        story: [
          app(16.2, SA, "Hej! Jag har sålt solcellsanläggningar i fem år och söker nu hos er."),
          answer(15.1, SA, "Tack Björn, vi har tagit emot din ansökan."),
          message(12.3, SA, "Hej, när kan jag räkna med besked?"),
        ],
      },
      {
        id: "c-sofia-lindqvist",
        name: "Sofia Lindqvist",
        email: "sofia.lindqvist@example.se",
        phone: "+46 73 123 98 76",
        stageId: "applied",
        story: [
          app(4.4, SA, "Hej! Här är min ansökan till säljartjänsten."),
          answer(4.1, SA, "Tack Sofia, vi har tagit emot din ansökan och återkommer."),
        ],
      },
      {
        id: "c-zoe-fernandez",
        name: "Zoë Fernández",
        email: "zoe.fernandez@example.com",
        phone: "+34 612 345 678",
        stageId: "final",
        story: [
          app(19.3, SA, "Hola! I'm applying for the sales role; I speak Swedish and Spanish."),
          answer(18.2, SA, "Thank you Zoë! We'd like to invite you to a first interview.", "status-update"),
          message(11.2, SA, "Thank you for the interview, it was great to meet the team."),
          answer(
            10.1,
            SA,
            "Thanks Zoë, we'd like you to meet our CEO for a final interview.",
            "status-update",
          ),
        ],
      },
      {
        id: "c-juha-makinen",
        name: "Juha Mäkinen",
        email: "juha.makinen@example.fi",
        phone: "+358 40 123 4567",
        stageId: "screening",
        story: [
          app(13.2, SA, "Hei! Jag söker säljartjänsten hos Solkraft."),
          answer(12.1, SA, "Tack Juha, vi läser din ansökan och hör av oss."),
        ],
      },
      {
        id: "c-aleksandra-wisniewska",
        name: "Aleksandra Wiśniewska",
        email: "aleksandra.wisniewska@example.pl",
        phone: "+48 512 345 678",
        stageId: "withdrawn",
        story: [
          app(17.4, SA, "Dzień dobry! I am applying for the sales position."),
          answer(16.3, SA, "Thank you Aleksandra, we have received your application."),
          message(5.3, SA, "I have accepted another offer and withdraw my application. Thank you!"),
          answer(5.1, SA, "Thank you for letting us know, and good luck!", "status-update"),
        ],
      },
    ],
  },
  {
    id: "p-fjallbo-ekonomi",
    title: EK,
    organisation: "Fjällbo AB",
    color: "preset9",
    nextStep: "Processen är avslutad.",
    deadlineDaysAgo: 770,
    closedDaysAgo: 700,
    candidates: [
      {
        id: "c-ines-nunez-akerlund",
        name: "Inés Ñúñez-Åkerlund",
        email: "ines.nunez-akerlund@example.es",
        phone: "+34 600 123 456",
        stageId: "rejected",
        rejection: { reason: "missing-requirement", detail: "Erfarenhet av löneadministration saknas." },
        story: [
          app(760, EK, "Hej! Jag söker tjänsten som ekonomiassistent."),
          answer(
            745,
            EK,
            "Tack för din ansökan, Inés. Vi går vidare med kandidater som har erfarenhet av löneadministration.",
            "decision",
          ),
        ],
      },
      {
        id: "c-nils-agren",
        name: "Nils Ågren",
        email: "nils.agren@example.se",
        phone: "+46 73 555 01 02",
        stageId: "withdrawn",
        story: [
          app(735, EK, "Hej, här kommer min ansökan."),
          message(720, EK, "Jag har fått ett annat jobb och drar tillbaka min ansökan."),
          answer(718, EK, "Tack för beskedet, Nils, och lycka till!", "status-update"),
        ],
      },
    ],
  },
];

/** An inbox mail from someone who is not (yet) a candidate: the "unknown sender" story. */
export const UNKNOWN_SENDER = {
  name: "Lars Nyberg",
  email: "lars.nyberg@example.com",
  daysAgo: 0.9,
  subject: "Ansökan: Säljare – Solkraft AB",
  text: "Hej Maja! Jag såg annonsen för säljartjänsten hos Solkraft och vill gärna söka. CV bifogat.",
};

/** An English-speaking applicant to the Swedish sales process: added, they are written to in
 * English whatever the recruiter's Outlook speaks (issue 11). */
export const ENGLISH_SENDER = {
  name: "Emily Carter",
  email: "emily.carter@example.co.uk",
  daysAgo: 0.7,
  subject: "Application: Säljare – Solkraft AB",
  text: "Hello Maja, I saw the advert for the sales role at Solkraft and would like to apply. I have five years of experience selling solar panels in the UK. My CV is attached. Best regards, Emily",
};

/** Interviews in the calendar: one held (Karin, 2 days ago), one coming (Mohammed, in 2 days). */
export const DEMO_INTERVIEWS = [
  {
    processId: "p-nordbank-backend",
    candidateId: "c-karin-strom",
    daysFromNow: -2,
    hourUtc: 9,
    location: "Nordbank, Regeringsgatan 11, Stockholm",
  },
  {
    processId: "p-nordbank-backend",
    candidateId: "c-mohammed-al-sayed",
    daysFromNow: 2,
    hourUtc: 13,
    location: "Microsoft Teams",
  },
];
