/* SPDX-License-Identifier: GPL-3.0-or-later
 * The report, read back the way a person's tools read it: poppler's pdftotext, pdfinfo and
 * pdffonts, in all three languages. */
#include "config.h"

#include "ladder-test-env.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <poppler.h>

/* poppler-glib 22.12 declares no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#include "ladder-format.h"
#include "ladder-interview.h"
#include "ladder-planner.h"
#include "ladder-report.h"
#include "ladder-store.h"
#include "ladder-test-samples.h"

static char *tmp_dir;

static char *
run (const char *tool,
     const char *pdf)
{
  const char *argv[] = { tool, pdf, "-", NULL };
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int status;

  if (g_str_equal (tool, "pdfinfo") || g_str_equal (tool, "pdffonts"))
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* pdftotext breaks lines and joins words hyphenated at a line's end: compare with all white
 * space and hyphens removed. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && *p != '-')
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *squeezed,
                 const char *text,
                 const char *what)
{
  g_autofree char *needle = squeeze (text);

  if (strstr (squeezed, needle) == NULL)
    g_error ("the PDF lacks %s: “%s”", what, text);
}

/* Every character of the text layer is drawn: its box on the rendered page is not one flat
 * colour. (Chinese PDFs lost 如 in regular weight: cairo 1.16's CFF subsetter misreads that
 * glyph's hints and keeps the wrong subroutine, so the glyph was empty.) */
static void
assert_every_character_drawn (const char *pdf,
                              const char *what)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, &error);
  g_autoptr (PopplerDocument) document = poppler_document_new_from_file (uri, NULL, &error);
  g_autoptr (GString) missing = g_string_new (NULL);
  const double scale = 3.0;
  guint checked = 0;

  g_assert_no_error (error);
  for (int p = 0; p < poppler_document_get_n_pages (document); p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (document, p);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree PopplerRectangle *boxes = NULL;
      cairo_surface_t *surface;
      cairo_t *cr;
      guint n_boxes = 0, i = 0;
      double width, height;
      int stride;
      const guint8 *pixels;

      poppler_page_get_size (page, &width, &height);
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (width * scale),
                                            (int) (height * scale));
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
      poppler_page_render (page, cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      pixels = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);

      g_assert_true (poppler_page_get_text_layout (page, &boxes, &n_boxes));
      for (const char *c = text; *c != '\0' && i < n_boxes; c = g_utf8_next_char (c), i++)
        {
          gunichar ch = g_utf8_get_char (c);
          const PopplerRectangle *box = &boxes[i];
          int x0 = (int) (box->x1 * scale) + 1, x1 = (int) (box->x2 * scale) - 1;
          int y0 = (int) (box->y1 * scale) + 1, y1 = (int) (box->y2 * scale) - 1;
          int lo = 255, hi = 0;

          if (g_unichar_isspace (ch) || !g_unichar_isgraph (ch) || x1 <= x0 || y1 <= y0)
            continue;
          x0 = MAX (x0, 0), y0 = MAX (y0, 0);
          x1 = MIN (x1, cairo_image_surface_get_width (surface) - 1);
          y1 = MIN (y1, cairo_image_surface_get_height (surface) - 1);
          for (int y = y0; y <= y1; y++)
            for (int x = x0; x <= x1; x++)
              {
                const guint8 *px = pixels + y * stride + x * 4;
                int luminance = (px[0] * 11 + px[1] * 59 + px[2] * 30) / 100;

                lo = MIN (lo, luminance);
                hi = MAX (hi, luminance);
              }
          checked++;
          if (hi - lo < 48)
            {
              char utf8[8] = { 0 };

              g_unichar_to_utf8 (ch, utf8);
              g_string_append_printf (missing, " “%s” (page %d)", utf8, p + 1);
            }
        }
      cairo_surface_destroy (surface);
    }
  g_test_message ("%s: %u characters checked", what, checked);
  g_assert_cmpuint (checked, >, 500);
  if (missing->len > 0)
    g_error ("%s: characters without ink:%s", what, missing->str);
}

static void
check_sample (const char *language,
              const char *name)
{
  g_autoptr (LadderFramework) framework = NULL;
  g_autoptr (LadderProfile) profile = ladder_test_load_sample (name);
  g_autoptr (GError) error = NULL;
  g_autofree char *pdf = g_build_filename (tmp_dir, "report.pdf", NULL);
  g_autofree char *text = NULL, *squeezed = NULL, *info = NULL, *fonts = NULL;
  const LadderRung *target;
  double width, height;

  ladder_test_use_language (language);
  framework = ladder_framework_new_builtin ();
  ladder_planner_regenerate (framework, profile);
  ladder_interview_fill (framework, profile, TRUE);
  ladder_report_default_paper (&width, &height);
  g_assert_true (ladder_report_write_pdf (framework, profile, pdf, width, height, &error));
  g_assert_no_error (error);

  info = run ("pdfinfo", pdf);
  g_assert_true (g_regex_match_simple ("Pages:\\s+([4-9]|1[0-9])\\n", info, 0, 0));
  fonts = run ("pdffonts", pdf);
  /* Every font embedded: no line of the table says "no" in the "emb" column. */
  g_assert_false (g_regex_match_simple ("^\\S+\\s+.*\\s+no\\s+(yes|no)\\s+(yes|no)\\s+\\d+",
                                        fonts, G_REGEX_MULTILINE, 0));
  if (g_str_equal (language, "zh_CN"))
    {
      g_assert_nonnull (strstr (fonts, "CJKsc"));
    }

  {
    g_autofree char *what = g_strdup_printf ("%s, %s", name, language);

    assert_every_character_drawn (pdf, what);
  }

  text = run ("pdftotext", pdf);
  squeezed = squeeze (text);
  assert_contains (squeezed, ladder_profile_get_name (profile), "the name");
  target = ladder_framework_lookup_rung (framework, ladder_profile_get_target_track (profile),
                                         ladder_profile_get_target_rung (profile));
  assert_contains (squeezed, target->title, "the target rung");
  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (framework, t);

      for (guint r = 0; r < track->n_rungs; r++)
        {
          /* Long rung titles may be shortened in the ladder drawing; the first word stays. */
          g_auto (GStrv) words = g_strsplit (track->rungs[r].title, " ", 2);

          assert_contains (squeezed, words[0], "a rung title");
        }
    }
  for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
    assert_contains (squeezed, ladder_profile_get_plan_item (profile, i)->title, "a plan item");
  for (guint i = 0; i < ladder_profile_get_n_answers (profile); i++)
    {
      g_autofree char *start = g_utf8_substring (ladder_profile_get_answer (profile, i)->answer,
                                                 0, 30);

      assert_contains (squeezed, start, "an answer");
    }
  ladder_test_use_language ("C");
}

static void
test_samples (void)
{
  const char *languages[] = { "C", "zh_CN", "ru" };
  const char *samples[] = { "li-wei-ai-startup.json", "anna-petrova-saas-enterprise.json",
                            "zhang-min-ecommerce.json" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
      check_sample (languages[l], samples[s]);
}

static void
test_markup_literal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "hostile-text.json",
                                                 NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "hostile.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_load_file (path, &error);
  g_autofree char *text = NULL;
  g_autofree char *markdown = NULL;

  g_assert_no_error (error);
  g_assert_true (ladder_report_write_pdf (ladder_framework_get_builtin (), profile, pdf, 595, 842,
                                          &error));
  text = run ("pdftotext", pdf);
  g_assert_nonnull (strstr (text, "<b>Bold & \"Co\"</span>"));

  markdown = ladder_report_to_markdown (ladder_framework_get_builtin (), profile);
  g_assert_nonnull (strstr (markdown, "\\<b\\>Bold & \"Co\"\\</span\\>"));
}

/* The PDF and the Markdown say what to learn from under a skill's first step, once a skill. */
static void
test_learn_from (void)
{
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("li-wei-ai-startup.json");
  g_autofree char *pdf = g_build_filename (tmp_dir, "learn-from.pdf", NULL);
  const LadderSkill *discovery = ladder_framework_lookup_skill (ladder_framework_get_builtin (),
                                                                "discovery");
  g_autofree char *books = g_strdup_printf ("To learn from: %s", discovery->resources[0]);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *markdown = NULL;
  const char *at;

  ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
  markdown = ladder_report_to_markdown (ladder_framework_get_builtin (), profile);
  at = strstr (markdown, books);
  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, books));

  g_assert_true (ladder_report_write_pdf (ladder_framework_get_builtin (), profile, pdf, 595, 842,
                                          &error));
  g_assert_no_error (error);
  text = run ("pdftotext", pdf);
  /* pdftotext breaks lines where the page does. */
  squeezed = g_strdelimit (g_strdup (text), "\n", ' ');
  g_assert_nonnull (strstr (squeezed, "To learn from: Continuous Discovery Habits"));
}

/* A title of thousands of letters without a space (a paste gone wrong) is drawn whole, on
 * lines the page can hold; it took Pango seconds per title to find where to break such a run. */
static void
test_long_words (void)
{
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("li-wei-ai-startup.json");
  g_autofree char *pdf = g_build_filename (tmp_dir, "long-words.pdf", NULL);
  g_autofree char *letters = g_strnfill (2000, 'x');
  g_autofree char *title = g_strconcat ("Start ", letters, " end", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  GString *plain = g_string_new (NULL);

  if (ladder_profile_get_n_plan_items (profile) == 0)
    ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
  ladder_profile_edit_plan_item (profile, ladder_profile_get_plan_item (profile, 0)->id, title,
                                 NULL);
  g_assert_true (ladder_report_write_pdf (ladder_framework_get_builtin (), profile, pdf, 595, 842,
                                          &error));
  g_assert_no_error (error);
  text = run ("pdftotext", pdf);
  /* The zero-width spaces that give Pango its breaks are no letters of the title; a title
   * taller than the page's rest goes on over the next page, past the page's footer. */
  {
    g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

    for (guint l = 0; lines[l] != NULL; l++)
      {
        if (strstr (lines[l], "Career plan") != NULL || strstr (lines[l], "Page ") != NULL)
          continue;
        for (const char *p = lines[l]; *p != '\0'; p = g_utf8_next_char (p))
          if (g_utf8_get_char (p) != 0x200B && g_utf8_get_char (p) != '\f')
            g_string_append_unichar (plain, g_utf8_get_char (p));
      }
  }
  squeezed = squeeze (plain->str);
  g_string_free (plain, TRUE);
  assert_contains (squeezed, title, "the long title");
}

/* A title or an outcome taller than a page goes on over the next pages: no character of the
 * body is drawn on or under the footer's rule (50 pt margin, rule 16 pt above it). */
static void
assert_body_above_footer (const char *pdf)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, &error);
  g_autoptr (PopplerDocument) document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), >, 3);
  for (int p = 0; p < poppler_document_get_n_pages (document); p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (document, p);
      g_autofree PopplerRectangle *boxes = NULL;
      guint n_boxes = 0;
      double width, height, rule;

      poppler_page_get_size (page, &width, &height);
      rule = height - 50 - 16;
      g_assert_true (poppler_page_get_text_layout (page, &boxes, &n_boxes));
      for (guint i = 0; i < n_boxes; i++)
        if (boxes[i].y1 < rule && boxes[i].y2 > rule + 0.5)
          g_error ("page %d: a character from %.1f to %.1f crosses the footer's rule at %.1f",
                   p + 1, boxes[i].y1, boxes[i].y2, rule);
        else if (boxes[i].y1 >= rule && boxes[i].y1 < rule + 4)
          g_error ("page %d: a character at %.1f is drawn on the footer's rule", p + 1,
                   boxes[i].y1);
    }
}

static void
test_tall_title (void)
{
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("li-wei-ai-startup.json");
  g_autofree char *pdf = g_build_filename (tmp_dir, "tall-title.pdf", NULL);
  g_autoptr (GString) title = g_string_new ("Start");
  g_autoptr (GString) outcome = g_string_new ("Outcome start");
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  for (guint i = 0; i < 2500; i++)
    g_string_append_printf (title, " word%u", i);
  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (outcome, " result%u", i);
  g_string_append (title, " end");
  if (ladder_profile_get_n_plan_items (profile) == 0)
    ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
  ladder_profile_edit_plan_item (profile, ladder_profile_get_plan_item (profile, 1)->id,
                                 title->str, outcome->str);
  g_assert_true (ladder_report_write_pdf (ladder_framework_get_builtin (), profile, pdf, 595, 842,
                                          &error));
  g_assert_no_error (error);
  assert_body_above_footer (pdf);
  /* All of it is there, in order. */
  text = run ("pdftotext", pdf);
  squeezed = squeeze (text);
  assert_contains (squeezed, "word0 word1", "the title's start");
  assert_contains (squeezed, "word2498 word2499 end", "the title's end");
  assert_contains (squeezed, "result1498 result1499", "the outcome's end");
}

/* The report carries the evidence log, newest first, with dates, skills, outcomes and links,
 * and the notes on skills: in the PDF and in Markdown. */
static void
test_evidence_and_notes (void)
{
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("li-wei-ai-startup.json");
  g_autofree char *pdf = g_build_filename (tmp_dir, "evidence.pdf", NULL);
  g_autofree char *text = NULL, *squeezed = NULL, *markdown = NULL;
  g_autoptr (GError) error = NULL;
  const char *older, *newer;

  ladder_profile_add_evidence (profile, ladder_evidence_new ("2027-02-03", "apis",
                                                             "Older step done", "It worked",
                                                             "https://example.com/doc", NULL));
  ladder_profile_add_evidence (profile, ladder_evidence_new ("2027-05-06", NULL,
                                                             "Newer step done", NULL, NULL,
                                                             NULL));
  ladder_profile_set_skill_note (profile, "apis", "Ask the platform team for a review");
  g_assert_true (ladder_report_write_pdf (ladder_framework_get_builtin (), profile, pdf, 595, 842,
                                          &error));
  g_assert_no_error (error);
  text = run ("pdftotext", pdf);
  squeezed = squeeze (text);
  assert_contains (squeezed, "Evidence", "the evidence heading");
  assert_contains (squeezed, "3 February 2027 · APIs", "an entry's date and skill");
  assert_contains (squeezed, "Outcome: It worked · https://example.com/doc", "its details");
  assert_contains (squeezed, "Notes on Skills", "the notes heading");
  assert_contains (squeezed, "Ask the platform team for a review", "a note");
  newer = strstr (squeezed, "Newerstepdone");
  older = strstr (squeezed, "Olderstepdone");
  g_assert_true (newer != NULL && older != NULL && newer < older);

  markdown = ladder_report_to_markdown (ladder_framework_get_builtin (), profile);
  g_assert_nonnull (strstr (markdown, "## Evidence\n\n- **6 May 2027**: Newer step done\n"));
  g_assert_nonnull (strstr (markdown, "- **3 February 2027 · APIs**: Older step done — Outcome: "
                                      "It worked · https://example.com/doc\n"));
  g_assert_nonnull (strstr (markdown, "## Notes on Skills\n"));
}

/* The promotion case: for the target rung, each skill it expects with the level, the evidence
 * behind it, the levels to go and the plan's next steps; the ratings that moved; in the PDF and
 * in Markdown. */
static void
test_promotion_case (void)
{
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
  g_autofree char *pdf = g_build_filename (tmp_dir, "case.pdf", NULL);
  g_autofree char *text = NULL, *squeezed = NULL, *markdown = NULL;
  g_autoptr (GError) error = NULL;

  ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
  ladder_profile_add_evidence (profile, ladder_evidence_new ("2027-02-03", "hiring",
                                                             "Ran four interviews", NULL, NULL,
                                                             NULL));
  ladder_profile_override_today ("2030-01-01");
  /* The sample's own history has Mentoring at 1; it is 2 now, and becomes 3. */
  ladder_profile_set_skill_levels (profile, "mentoring", 3, 4);
  ladder_profile_override_today (NULL);
  g_assert_true (ladder_report_write_case_pdf (ladder_framework_get_builtin (), profile, pdf, 595,
                                               842, &error));
  g_assert_no_error (error);
  text = run ("pdftotext", pdf);
  squeezed = squeeze (text);
  assert_contains (squeezed, "Promotion Case", "the title");
  assert_contains (squeezed, "What the Role of Team lead Expects", "the expectations");
  assert_contains (squeezed, "Level 1, expected 3: 2 levels to go", "a skill's gap");
  assert_contains (squeezed, "3 February 2027: Ran four interviews", "its evidence");
  assert_contains (squeezed, "Next:", "a next step");
  assert_contains (squeezed, "No evidence logged for this skill yet.", "a skill without evidence");
  assert_contains (squeezed, "Ratings Over Time", "the history");
  assert_contains (squeezed, "Mentoring: 1 → 3", "the rating that moved");
  assert_every_character_drawn (pdf, "the promotion case");

  markdown = ladder_report_case_to_markdown (ladder_framework_get_builtin (), profile);
  g_assert_true (g_str_has_prefix (markdown, "# Promotion Case: Anna Petrova\n"));
  g_assert_nonnull (strstr (markdown, "\n### Hiring\n\nLevel 1, expected 3: 2 levels to go\n\n"
                                      "- 3 February 2027: Ran four interviews\n- Next: "));
  g_assert_nonnull (strstr (markdown, "\n## Ratings Over Time\n\n- Mentoring: 1 → 3 ("));
}

static void
test_rows_never_split (void)
{
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("zhang-min-ecommerce.json");
  g_autofree char *pdf = g_build_filename (tmp_dir, "letter.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) pages = NULL;

  ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
  /* US Letter, a different page break: each plan item's title and outcome share a page. */
  g_assert_true (ladder_report_write_pdf (ladder_framework_get_builtin (), profile, pdf, 612, 792,
                                          &error));
  text = run ("pdftotext", pdf);
  pages = g_strsplit (text, "\f", -1);
  for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (profile, i);
      g_autofree char *title = NULL;
      g_autofree char *outcome = NULL;
      gboolean together = FALSE;

      if (item->outcome == NULL)
        continue;
      title = squeeze (item->title);
      outcome = squeeze (item->outcome);
      for (guint p = 0; pages[p] != NULL; p++)
        {
          g_autofree char *page = squeeze (pages[p]);

          together |= strstr (page, title) != NULL && strstr (page, outcome) != NULL;
        }
      if (!together)
        g_error ("split across pages: %s", item->title);
    }
}

/* Dates as people write them, not the locale's "%x" (US short dates in every language). */
static void
test_dates (void)
{
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 11, 22, 10, 0, 0);
  g_autoptr (GDateTime) may = g_date_time_new_local (2027, 5, 3, 10, 0, 0);
  struct
  {
    const char *language;
    const char *november;
    const char *may;
  } cases[] = {
    { "C", "22 November 2026", "3 May 2027" },
    { "zh_CN", "2026年11月22日", "2027年5月3日" },
    { "ru", "22 ноября 2026 г.", "3 мая 2027 г." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *november = NULL;
      g_autofree char *in_may = NULL;
      g_autofree char *decimal = NULL;

      ladder_test_use_language (cases[i].language);
      november = ladder_format_date (date);
      in_may = ladder_format_date (may);
      decimal = ladder_format_decimal (1.25 + 0.3);
      g_assert_cmpstr (november, ==, cases[i].november);
      g_assert_cmpstr (in_may, ==, cases[i].may);
      g_assert_cmpstr (decimal, ==, g_str_equal (cases[i].language, "ru") ? "1,6" : "1.6");
    }
  ladder_test_use_language ("C");
}

/* "8 из 21 навыка": the plural follows the total. In a fresh process: glibc's lookup cache does
 * not follow this test program's language switches for plural messages. */
static void
test_russian_plural (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *line = NULL;

      ladder_test_use_language ("ru");
      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u skill below expectation",
                                           "%u of %u skills below expectation", 21), 8, 21);
      /* A number is never left at the end of a line: no-break spaces after it. */
      g_assert_cmpstr (line, ==, "8\u00a0из 21\u00a0навыка ниже ожиданий");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ladder_test_isolate_home ();

  ladder_test_init_translations ();
  tmp_dir = g_strdup (home);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/samples-in-three-languages", test_samples);
  g_test_add_func ("/report/dates", test_dates);
  g_test_add_func ("/report/learn-from", test_learn_from);
  g_test_add_func ("/report/russian-plural", test_russian_plural);
  g_test_add_func ("/report/markup-literal", test_markup_literal);
  g_test_add_func ("/report/rows-never-split", test_rows_never_split);
  g_test_add_func ("/report/evidence-and-notes", test_evidence_and_notes);
  g_test_add_func ("/report/promotion-case", test_promotion_case);
  g_test_add_func ("/report/long-words", test_long_words);
  g_test_add_func ("/report/tall-title", test_tall_title);

  return g_test_run ();
}
