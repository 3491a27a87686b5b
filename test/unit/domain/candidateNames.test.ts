import { candidateNameFromMail } from "../../../src/domain/candidateNames";

describe("the candidate's name as their mail gives it", () => {
  it.each([
    ["Åsa Öberg", "asa.oberg@example.se", "Åsa Öberg"],
    ["Öberg, Åsa", "asa.oberg@example.se", "Åsa Öberg"],
    ["'Åsa Öberg' via LinkedIn", "noreply@linkedin.com", "Åsa Öberg"],
    ["", "li.wei@example.se", "Li Wei"],
    ["erik_nilsson-2@example.se", "erik_nilsson-2@example.se", "Erik Nilsson"],
    ["  Chidi   Jönsson-Ńwachukwu ", "c@example.com", "Chidi Jönsson-Ńwachukwu"],
  ])("%s <%s> → %s", (name, email, expected) => {
    expect(candidateNameFromMail({ name, email })).toBe(expected);
  });
});
