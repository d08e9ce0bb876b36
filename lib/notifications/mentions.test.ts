import { describe, expect, it } from "vitest";
import { mentionedUserIds, mentionQueryAt, mentionToken, renderMentions } from "./mentions";

describe("mentions", () => {
  const wen = { id: "3f1c-aa", name: "Wen [Data] Li" };

  it("stores a member as their id, escaping brackets in the name", () => {
    expect(mentionToken(wen)).toBe("@[Wen [Data\\] Li](user:3f1c-aa)");
    expect(
      mentionedUserIds(`${mentionToken(wen)} and ${mentionToken({ id: "b2", name: "Bo" })} ${mentionToken(wen)}`),
    ).toEqual(["3f1c-aa", "b2"]);
  });

  it("shows the member's current name, or the stored one for someone unknown", () => {
    const body = `Ask ${mentionToken(wen)} and ${mentionToken({ id: "gone", name: "Former Member" })}.`;
    const names = new Map([["3f1c-aa", "Wen Li-Chen"]]);
    expect(renderMentions(body, (id) => names.get(id), "text")).toBe("Ask @Wen Li-Chen and @Former Member.");
    expect(renderMentions(body, (id) => names.get(id), "markdown")).toBe("Ask @Wen Li\\-Chen and @Former Member.");
  });

  it("never lets a name become Markdown formatting or a link", () => {
    const body = mentionToken({ id: "x1", name: "**bold** [link](https://evil.test)" });
    expect(renderMentions(body, () => undefined, "markdown")).toBe(
      "@\\*\\*bold\\*\\* \\[link\\]\\(https://evil\\.test\\)",
    );
  });

  it("leaves text that only looks like a mention alone", () => {
    const body = "Mail @someone or see [x](user:abc) and @[No id](https://margin.test)";
    expect(mentionedUserIds(body)).toEqual([]);
    expect(renderMentions(body, () => "X", "text")).toBe(body);
  });

  it("finds the @word being typed before the caret", () => {
    expect(mentionQueryAt("Hello @Ro", 9)).toEqual({ start: 6, query: "Ro" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("mail a@b", 8)).toBeNull();
    expect(mentionQueryAt("done @Rosa now", 14)).toBeNull();
  });
});
