/**
 * The offline writer: {@link io.storyloom.ai.offline.writer.OfflineTextModel}, its only public type,
 * answers every {@link io.storyloom.ai.PromptKind} from the prompt's
 * {@linkplain io.storyloom.ai.OfflineFacts facts}. Everything else is package-private:
 * <ul>
 *   <li>reading the request: {@code BookFacts} (the facts, typed, with defaults), {@code Premise} (what the
 *       book is about, from the idea: setting, central thing, lesson, friend), {@code Companion} (the
 *       parent's words for the friend), {@code Lexicon} (what is recognised in free text, from
 *       {@code offline/lexicon.json});</li>
 *   <li>the idea: {@code Idea} (the parent's idea read into who, does what, with what, where and where the
 *       thing is; {@code IdeaWords} holds how Spanish, French and German ideas are read), {@code Catalogue}
 *       (the things and places a book talks about, {@code offline/catalogue.json}, shared with the illustrator,
 *       with each language's words, nouns and genders in {@code offline/catalogue-<lang>.json});</li>
 *   <li>the story's text: {@code StoryWriter} (the arc, beats per page), {@code Retelling} (the idea told in
 *       the book's own sentences, from {@code RetellingBank}, {@code offline/retell-<lang>.json}),
 *       {@code ThingForms} (a thing's articles and agreement in a language with genders), {@code StoryWords}
 *       (filling the templates), {@code PhraseBank} (the grammar bits of one language,
 *       {@code offline/story-<lang>.json});</li>
 *   <li>the other answers: {@code CharacterDesigner} (the visual profile), {@code ArtDirector} (the base
 *       style), {@code ScenePlanner} (each page's moment, in English whatever the book's language, with
 *       {@code PageWords} reading the page in its own);</li>
 *   <li>shared: {@code Answers} (the answers' shapes), {@code SnakeCaseJson}, {@code Texts}.</li>
 * </ul>
 */
package io.storyloom.ai.offline.writer;
