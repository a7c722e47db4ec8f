/* SPDX-License-Identifier: GPL-3.0-or-later
 * The plan report. The content is a list of blocks, each measured once and never split across
 * pages: a table row, a plan item and an answer always stay whole, and a heading stays with
 * what follows it. The same blocks draw the PDF and the printed pages. User text is only ever
 * set as plain text, never as markup. */
#define G_LOG_DOMAIN "ladder-report"

#include "config.h"

#include <cairo-pdf.h>
#include "ladder-i18n.h"
#include <langinfo.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ladder-interview.h"
#include "ladder-planner.h"
#include "ladder-readiness.h"
#include "ladder-format.h"
#include "ladder-report.h"

#define MARGIN 50.0
#define FOOTER 28.0
#define BODY_SIZE 10
#define MM_TO_PT (72.0 / 25.4)

typedef enum
{
  BLOCK_TEXT,
  BLOCK_COVER,
  BLOCK_LADDER,
  BLOCK_RADAR,
  BLOCK_ROW,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  BlockKind kind;
  double height;
  double space_before;
  gboolean keep_with_next;
  PangoLayout *layouts[6]; /* text, or the cells of a row */
  double indent;
  double rgb[3];           /* the colour of a text block */
  gboolean rule;           /* a line under a heading */
  gboolean header_row;
  gboolean gap;            /* a skill row with a gap */
  int status;              /* a plan item's status, -1 for none */
} Block;

struct _LadderReport
{
  LadderFramework *framework;
  LadderProfile *profile;
  double width, height;
  PangoContext *context;
  GArray *blocks;     /* Block */
  GArray *page_start; /* guint: first block of each page */
  char *footer;
  gboolean is_case;   /* the promotion case rather than the plan */
};

static const double ink[3] = { 0.14, 0.12, 0.19 };
static const double dim[3] = { 0.37, 0.36, 0.39 };
static const double accent[3] = { 0.21, 0.52, 0.89 };
static const double success[3] = { 0.15, 0.64, 0.41 };
static const double warning[3] = { 0.80, 0.45, 0.05 };
static const double line[3] = { 0.85, 0.85, 0.84 };

/* The Pango language of the interface, so that Chinese gets Simplified Chinese glyphs. */
const char *
ladder_report_pango_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "zh_TW") || g_str_has_prefix (names[i], "zh_HK"))
        return "zh-tw";
      if (g_str_has_prefix (names[i], "zh"))
        return "zh-cn";
      if (g_str_has_prefix (names[i], "ru"))
        return "ru";
      if (g_str_has_prefix (names[i], "en"))
        return "en";
    }
  return "en";
}

void
ladder_report_default_paper (double *width,
                             double *height)
{
  /* The locale knows its paper: A4 nearly everywhere, Letter in a few places. */
  int w = GPOINTER_TO_INT (nl_langinfo (_NL_PAPER_WIDTH));
  int h = GPOINTER_TO_INT (nl_langinfo (_NL_PAPER_HEIGHT));

  if (w < 100 || h < 100 || w > 1000 || h > 1000)
    w = 210, h = 297;
  *width = w * MM_TO_PT;
  *height = h * MM_TO_PT;
}

/* In a Chinese report the CJK font comes first, so that quotes and punctuation are all Chinese;
 * elsewhere the Latin font does, and Chinese names still find a CJK font. */
static const char *
report_families (gboolean bold)
{
  gboolean chinese = g_str_has_prefix (ladder_report_pango_language (), "zh");

  if (chinese)
    return bold ? "Noto Sans CJK SC, DejaVu Sans, Sans" : "WenQuanYi Micro Hei, DejaVu Sans, Sans";
  return bold ? "DejaVu Sans, Noto Sans CJK SC, Sans" : "DejaVu Sans, WenQuanYi Micro Hei, Sans";
}

/* Pango finds where to break a line inside an unbroken run of letters slowly: a plan of 21
 * titles of 20,000 letters each took 14 s to export. Such runs get a zero-width space every
 * LONG_RUN characters, which changes nothing drawn; words of any language are far shorter, and
 * Chinese and Japanese (wide characters) break between characters anyway. */
#define LONG_RUN 100

static char *
break_long_runs (const char *text)
{
  GString *out = NULL;
  guint run = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      run = g_unichar_isspace (c) || g_unichar_iswide (c) ? 0 : run + 1;
      if (run > LONG_RUN)
        {
          if (out == NULL)
            out = g_string_new_len (text, p - text);
          g_string_append_unichar (out, 0x200B);
          run = 1;
        }
      if (out != NULL)
        g_string_append_unichar (out, c);
    }
  return out != NULL ? g_string_free (out, FALSE) : NULL;
}

static PangoLayout *
new_layout (LadderReport *report,
            const char   *text,
            int           size,
            gboolean      bold,
            double        width)
{
  PangoLayout *layout = pango_layout_new (report->context);
  /* Chinese in regular weight comes from a font with TrueType outlines: cairo 1.16's CFF
   * subsetter misreads the hints of Noto Sans CJK Regular's 如 (its hint mask is taken as five
   * bytes instead of one), keeps the wrong subroutine, and the glyph is drawn empty. cairo's
   * TrueType subsetter has no such parser. Bold Noto is not affected; test-report renders every
   * character of every sample to check. */
  PangoFontDescription *font = pango_font_description_from_string (report_families (bold));

  pango_font_description_set_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* Plain text only: a name such as "<b>Bold & Co</b>" is drawn as typed. */
  {
    g_autofree char *broken = text != NULL ? break_long_runs (text) : NULL;

    pango_layout_set_text (layout, broken != NULL ? broken : text != NULL ? text : "", -1);
  }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return h / (double) PANGO_SCALE;
}

static double
content_width (LadderReport *report)
{
  return report->width - 2 * MARGIN;
}

static Block *
add_block (LadderReport *report,
           BlockKind     kind)
{
  Block block = { kind };

  block.status = -1;
  memcpy (block.rgb, ink, sizeof ink);
  g_array_append_val (report->blocks, block);
  return &g_array_index (report->blocks, Block, report->blocks->len - 1);
}

/* The height of a page's body: inside the margins, above the footer. */
static double
body_height (LadderReport *report)
{
  return report->height - 2 * MARGIN - FOOTER;
}

/* The most one block may be high: a page's body, less a line's room. */
static double
page_body (LadderReport *report)
{
  return body_height (report) - 24;
}

/* @layout's text cut between lines into pieces no higher than @max points each. */
static GPtrArray *
split_lines (PangoLayout *layout,
             double       max)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func (g_free);
  const char *all = pango_layout_get_text (layout);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int start = 0, top = 0;

  do
    {
      PangoRectangle logical;
      int line_start = pango_layout_iter_get_line_readonly (iter)->start_index;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if ((logical.y + logical.height - top) / (double) PANGO_SCALE > max && line_start > start)
        {
          g_ptr_array_add (pieces, g_strndup (all + start, line_start - start));
          start = line_start;
          top = logical.y;
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_ptr_array_add (pieces, g_strdup (all + start));
  return pieces;
}

static Block *
add_text (LadderReport *report,
          const char   *text,
          int           size,
          gboolean      bold,
          double        indent,
          double        space_before)
{
  Block *block = add_block (report, BLOCK_TEXT);
  g_autoptr (GPtrArray) pieces = NULL;

  block->layouts[0] = new_layout (report, text, size, bold, content_width (report) - indent);
  block->indent = indent;
  block->space_before = space_before;
  block->height = layout_height (block->layouts[0]);
  if (block->height <= page_body (report))
    return block;

  /* Taller than a page (a title of thousands of letters): one block per page's worth of
   * lines, so that nothing runs over the footer. */
  pieces = split_lines (block->layouts[0], page_body (report));
  g_clear_object (&block->layouts[0]);
  block->layouts[0] = new_layout (report, pieces->pdata[0], size, bold,
                                  content_width (report) - indent);
  block->height = layout_height (block->layouts[0]);
  for (guint i = 1; i < pieces->len; i++)
    {
      block = add_block (report, BLOCK_TEXT);
      block->layouts[0] = new_layout (report, pieces->pdata[i], size, bold,
                                      content_width (report) - indent);
      block->indent = indent;
      block->height = layout_height (block->layouts[0]);
    }
  return block;
}

static void
add_heading (LadderReport *report,
             const char   *text)
{
  Block *block = add_text (report, text, 16, TRUE, 0, 18);

  block->keep_with_next = TRUE;
  block->rule = TRUE;
  block->height += 8;
}

static void
add_subheading (LadderReport *report,
                const char   *text)
{
  Block *block = add_text (report, text, 12, TRUE, 0, 12);

  block->keep_with_next = TRUE;
}

static void
add_paragraph (LadderReport *report,
               const char   *text,
               const double  rgb[3])
{
  Block *block = add_text (report, text, BODY_SIZE, FALSE, 0, 6);

  memcpy (block->rgb, rgb, sizeof block->rgb);
}

static const LadderRung *
current_rung (LadderReport *report)
{
  return ladder_framework_lookup_rung (report->framework,
                                       ladder_profile_get_track (report->profile),
                                       ladder_profile_get_rung (report->profile));
}

static const LadderRung *
target_rung (LadderReport *report)
{
  return ladder_framework_lookup_rung (report->framework,
                                       ladder_profile_get_target_track (report->profile),
                                       ladder_profile_get_target_rung (report->profile));
}

static void
add_cover (LadderReport *report)
{
  const LadderRung *current = current_rung (report);
  const LadderRung *target = target_rung (report);
  g_autoptr (LadderReadiness) readiness = ladder_readiness_compute (report->framework,
                                                                    report->profile, target);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = ladder_format_date (now);
  g_autofree char *route = NULL;
  g_autofree char *tracks = NULL;
  g_autofree char *ready = NULL;
  g_autofree char *reason = ladder_readiness_describe (readiness);
  g_autofree char *context = NULL;
  Block *block;

  block = add_block (report, BLOCK_COVER);
  block->height = 120;
  add_text (report, report->is_case ? _("Promotion Case") : _("Career Plan"), 30, TRUE, 0, 0);
  add_text (report, ladder_profile_get_name (report->profile), 20, FALSE, 0, 10);
  block = add_text (report, date, BODY_SIZE, FALSE, 0, 4);
  memcpy (block->rgb, dim, sizeof block->rgb);

  /* Translators: on the report's cover: "Product Manager → Team lead" */
  route = g_strdup_printf (_("%s → %s"), current->title, target->title);
  add_text (report, route, 16, TRUE, 0, 40);
  /* Translators: on the report's cover: "Expert track → Management track, in 3 years" */
  tracks = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%s → %s, in %u year",
                                       "%s → %s, in %u years",
                                       ladder_profile_get_horizon_years (report->profile)),
                            ladder_framework_lookup_track (report->framework,
                                                           current->track)->title,
                            ladder_framework_lookup_track (report->framework,
                                                           target->track)->title,
                            ladder_profile_get_horizon_years (report->profile));
  block = add_text (report, tracks, 12, FALSE, 0, 4);
  memcpy (block->rgb, dim, sizeof block->rgb);
  ready = g_strdup_printf (_("Readiness for %s today: %u %%"), target->title_of, readiness->percent);
  block = add_text (report, ready, 12, TRUE, 0, 24);
  memcpy (block->rgb, accent, sizeof block->rgb);
  add_paragraph (report, reason, ink);
  /* Translators: the person's context on the report's cover: industry · company size ·
   * background */
  context = g_strdup_printf (_("%s · %s · %s background"),
                             ladder_industry_get_label (ladder_profile_get_industry (report->profile)),
                             ladder_company_size_get_label (
                               ladder_profile_get_company_size (report->profile)),
                             ladder_background_get_label (
                               ladder_profile_get_background (report->profile)));
  add_paragraph (report, context, dim);
  add_block (report, BLOCK_PAGE_BREAK);
}

/* The ladder figure's rows: one per seniority, lower on a company's ladder with many rungs. */
static guint
ladder_rows (LadderReport *report,
             double       *row_height)
{
  guint rows = 1;

  for (guint t = 0; t < ladder_framework_get_n_tracks (report->framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (report->framework, t);

      for (guint r = 0; r < track->n_rungs; r++)
        rows = MAX (rows, track->rungs[r].seniority + 1);
    }
  *row_height = rows <= 5 ? 62 : 42;
  return rows;
}

static void
add_ladder (LadderReport *report)
{
  guint n_tracks = ladder_framework_get_n_tracks (report->framework);
  double row;
  guint rows = ladder_rows (report, &row);
  Block *block;

  add_heading (report, _("Career Ladder"));
  if (n_tracks == 2)
    add_paragraph (report, _("Both tracks side by side. Each rung shows your readiness for it: "
                             "the share of its expected skill levels you have."), dim);
  else if (n_tracks == 1)
    add_paragraph (report, _("Each rung shows your readiness for it: the share of its expected "
                             "skill levels you have."), dim);
  else
    add_paragraph (report, _("The tracks side by side. Each rung shows your readiness for it: "
                             "the share of its expected skill levels you have."), dim);
  g_array_index (report->blocks, Block, report->blocks->len - 1).keep_with_next = TRUE;
  block = add_block (report, BLOCK_LADDER);
  block->space_before = 12;
  block->height = 24 + rows * row;
}

static void
add_row (LadderReport *report,
         const char   *cells[5],
         gboolean      header,
         gboolean      gap)
{
  Block *block = add_block (report, BLOCK_ROW);
  double width = content_width (report);
  double widths[5] = { width - 4 * 74, 74, 74, 74, 74 };

  block->header_row = header;
  block->gap = gap;
  block->keep_with_next = header;
  for (guint c = 0; c < 5; c++)
    {
      block->layouts[c] = new_layout (report, cells[c], header ? 8 : BODY_SIZE, header || (gap && c == 4),
                                      widths[c] - 8);
      if (c > 0)
        pango_layout_set_alignment (block->layouts[c], PANGO_ALIGN_CENTER);
      block->height = MAX (block->height, layout_height (block->layouts[c]) + 8);
    }
}

static void
add_skills (LadderReport *report)
{
  const LadderRung *target = target_rung (report);
  g_autofree char *expected_header = NULL;
  const char *header[5];
  Block *block;

  add_heading (report, _("Skills"));
  /* A company's ladder with one or two groups makes no radar: the table says it all. */
  if (ladder_framework_get_n_groups (report->framework) >= 3)
    {
      add_paragraph (report, _("Your level in each skill group against the level your plan "
                               "works toward (0 to 5)."), dim);
      g_array_index (report->blocks, Block, report->blocks->len - 1).keep_with_next = TRUE;
      block = add_block (report, BLOCK_RADAR);
      block->space_before = 8;
      block->height = 276;
    }

  /* Translators: a column of the skills table: the level the target rung expects */
  expected_header = g_strdup (_("Expected"));
  header[0] = _("Skill");
  header[1] = _("Current");
  header[2] = _("Target");
  header[3] = expected_header;
  header[4] = _("Gap");
  add_subheading (report, target->title);
  add_row (report, header, TRUE, FALSE);

  for (guint g = 0; g < ladder_framework_get_n_groups (report->framework); g++)
    {
      const LadderSkillGroup *group = ladder_framework_get_group (report->framework, g);
      Block *title = add_text (report, group->title, 9, TRUE, 0, 8);

      memcpy (title->rgb, dim, sizeof title->rgb);
      title->keep_with_next = TRUE;
      for (guint i = 0; i < ladder_profile_get_n_skills (report->profile); i++)
        {
          const LadderProfileSkill *own = ladder_profile_get_skill (report->profile, i);
          const LadderSkill *skill = ladder_framework_lookup_skill (report->framework, own->id);
          const char *group_id = skill != NULL ? skill->group : own->group;
          int expected = skill != NULL ? ladder_framework_rung_expects (report->framework, target,
                                                                        own->id) : 0;
          int goal = ladder_planner_target_level (report->framework, report->profile, own->id);
          g_autofree char *cur = g_strdup_printf ("%d", own->current);
          g_autofree char *tgt = g_strdup_printf ("%d", own->target);
          g_autofree char *exp = skill != NULL ? g_strdup_printf ("%d", expected) : g_strdup ("–");
          g_autofree char *gap = NULL;
          const char *cells[5];

          if (own->hidden || g_strcmp0 (group_id, group->id) != 0)
            continue;
          /* Translators: a gap in the skills table, marked in words as well as colour */
          gap = goal > own->current ? g_strdup_printf (_("−%d ▲"), goal - own->current)
                                    : g_strdup ("✓");
          cells[0] = skill != NULL ? skill->title : own->name;
          cells[1] = cur;
          cells[2] = tgt;
          cells[3] = exp;
          cells[4] = gap;
          add_row (report, cells, FALSE, goal > own->current);
        }
    }
}

static const char *
status_text (LadderStatus status)
{
  switch (status)
    {
    case LADDER_STATUS_PLANNED: return _("Planned");
    case LADDER_STATUS_IN_PROGRESS: return _("In progress");
    case LADDER_STATUS_DONE: return _("Done");
    default: return "";
    }
}

/* The plan's heading: "Plan for 3 Years", by the years the plan spans. */
static char *
plan_heading (LadderProfile *profile)
{
  guint years = 0;

  for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
    years = MAX (years, ladder_profile_get_plan_item (profile, i)->year);
  if (years == 0)
    years = ladder_planner_get_years (profile);
  /* Translators: the heading of the plan in the PDF and Markdown reports */
  return g_strdup_printf (dngettext (GETTEXT_PACKAGE, "Plan for %u Year", "Plan for %u Years",
                                     years), years);
}

static void
add_plan (LadderReport *report)
{
  g_autofree char *heading = plan_heading (report->profile);
  g_autofree char *fit = ladder_planner_describe_fit (report->framework, report->profile, NULL,
                                                     NULL);
  g_autoptr (GHashTable) first_steps = ladder_planner_first_steps (report->profile);

  add_heading (report, heading);
  /* Said first, plainly: the target does not fit in the horizon. */
  if (fit != NULL)
    add_paragraph (report, fit, warning);
  if (ladder_profile_get_n_plan_items (report->profile) == 0)
    {
      add_paragraph (report, _("No plan yet."), dim);
      return;
    }
  for (guint year = 1; year <= 10; year++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < ladder_profile_get_n_plan_items (report->profile); i++)
        {
          const LadderPlanItem *item = ladder_profile_get_plan_item (report->profile, i);
          const LadderSkill *skill;
          g_autoptr (GString) meta = g_string_new (NULL);
          g_autoptr (GString) below = g_string_new (NULL);
          g_autofree char *resources = NULL;
          Block *block;

          if (item->year != year)
            continue;
          if (!any)
            {
              g_autofree char *title = g_strdup_printf (_("Year %u"), year);

              add_subheading (report, title);
              any = TRUE;
            }
          if (g_str_equal (item->kind, "goal"))
            {
              block = add_text (report, item->title, 11, TRUE, 0, 4);
              memcpy (block->rgb, accent, sizeof block->rgb);
              continue;
            }
          skill = item->skill != NULL ? ladder_framework_lookup_skill (report->framework,
                                                                       item->skill) : NULL;
          if (item->quarter > 0)
            {
              g_autofree char *when = ladder_planner_quarter_label (
                ladder_profile_get_plan_generated (report->profile), item->year, item->quarter);

              g_string_append (meta, when);
            }
          if (skill != NULL)
            g_string_append_printf (meta, "%s%s", meta->len > 0 ? " · " : "", skill->title);
          g_string_append_printf (meta, "%s%s", meta->len > 0 ? " · " : "",
                                  status_text (item->status));

          block = add_block (report, BLOCK_ROW);
          block->status = item->status;
          block->space_before = 6;
          block->indent = 22;
          block->layouts[0] = new_layout (report, item->title, BODY_SIZE,
                                          g_str_equal (item->kind, "checkpoint"),
                                          content_width (report) - 22);
          block->layouts[1] = new_layout (report, meta->str, 8, FALSE,
                                          content_width (report) - 22);
          /* The outcome, and under it what to learn from (the skill's first step only). */
          resources = ladder_planner_item_resources (report->profile, first_steps, item);
          if (item->outcome != NULL && *item->outcome != '\0')
            g_string_append_printf (below, _("Outcome: %s"), item->outcome);
          if (resources != NULL)
            g_string_append_printf (below, "%s%s", below->len > 0 ? "\n" : "", resources);
          if (below->len > 0)
            block->layouts[2] = new_layout (report, below->str, 9, FALSE,
                                            content_width (report) - 22);
          block->height = layout_height (block->layouts[0]) + layout_height (block->layouts[1]) +
                          (block->layouts[2] != NULL ? layout_height (block->layouts[2]) : 0) + 4;
          if (block->height > page_body (report))
            {
              /* An item taller than a page: its title's first page in the row, the rest of
               * it, then when and the outcome, as text that goes on over the pages. */
              g_autoptr (GPtrArray) pieces = split_lines (block->layouts[0], page_body (report));
              gboolean bold = g_str_equal (item->kind, "checkpoint");
              Block *more;

              g_clear_object (&block->layouts[0]);
              g_clear_object (&block->layouts[1]);
              g_clear_object (&block->layouts[2]);
              block->layouts[0] = new_layout (report, pieces->pdata[0], BODY_SIZE, bold,
                                              content_width (report) - 22);
              block->height = layout_height (block->layouts[0]) + 4;
              for (guint p = 1; p < pieces->len; p++)
                add_text (report, pieces->pdata[p], BODY_SIZE, bold, 22, 0);
              more = add_text (report, meta->str, 8, FALSE, 22, 0);
              memcpy (more->rgb, dim, sizeof more->rgb);
              if (below->len > 0)
                add_text (report, below->str, 9, FALSE, 22, 0);
            }
        }
    }
}

/* "20 May 2026 · Delivery & execution": when, and the skill it shows. */
static char *
evidence_heading (LadderProfile        *profile,
                  const LadderEvidence *evidence)
{
  g_autofree char *day = ladder_format_day (evidence->date);
  const char *skill = evidence->skill != NULL
                      ? ladder_profile_get_skill_title (profile, evidence->skill) : NULL;

  if (day != NULL && skill != NULL)
    return g_strdup_printf ("%s · %s", day, skill);
  if (day != NULL)
    return g_steal_pointer (&day);
  return g_strdup (skill != NULL ? skill : "");
}

/* What came of it, and where it can be seen, after what was done. */
static char *
evidence_details (const LadderEvidence *evidence)
{
  GString *details = g_string_new (NULL);

  if (evidence->outcome != NULL)
    /* Translators: what came of a piece of evidence */
    g_string_append_printf (details, _("Outcome: %s"), evidence->outcome);
  if (evidence->link != NULL)
    g_string_append_printf (details, "%s%s", details->len > 0 ? " · " : "", evidence->link);
  return g_string_free (details, details->len == 0);
}

/* The evidence log, newest first, and the notes the person keeps on their skills: what a
 * review with one's manager is about. */
static void
add_evidence (LadderReport *report)
{
  gboolean notes = FALSE;

  if (ladder_profile_get_n_evidence (report->profile) > 0)
    {
      add_heading (report, _("Evidence"));
      for (guint i = ladder_profile_get_n_evidence (report->profile); i > 0; i--)
        {
          const LadderEvidence *evidence = ladder_profile_get_evidence (report->profile, i - 1);
          g_autofree char *heading = evidence_heading (report->profile, evidence);
          g_autofree char *details = evidence_details (evidence);
          Block *title;

          if (*heading != '\0')
            {
              title = add_text (report, heading, 9, FALSE, 0, 10);
              memcpy (title->rgb, dim, sizeof title->rgb);
              title->keep_with_next = TRUE;
            }
          add_paragraph (report, evidence->text, ink);
          if (details != NULL)
            add_paragraph (report, details, dim);
        }
    }
  for (guint i = 0; i < ladder_profile_get_n_skills (report->profile); i++)
    {
      const LadderProfileSkill *skill = ladder_profile_get_skill (report->profile, i);
      Block *title;

      if (skill->note == NULL || *skill->note == '\0')
        continue;
      if (!notes)
        add_heading (report, _("Notes on Skills"));
      notes = TRUE;
      title = add_text (report, ladder_profile_get_skill_title (report->profile, skill->id), 10,
                        TRUE, 0, 10);
      title->keep_with_next = TRUE;
      add_paragraph (report, skill->note, ink);
    }
}

static void
add_interview (LadderReport *report)
{
  add_heading (report, _("Interview Answers"));
  for (guint i = 0; i < ladder_profile_get_n_answers (report->profile); i++)
    {
      const LadderAnswer *answer = ladder_profile_get_answer (report->profile, i);
      Block *question;

      question = add_text (report, ladder_interview_question_text (report->profile,
                                                                    answer->question),
                           11, TRUE, 0, 12);
      question->keep_with_next = TRUE;
      add_paragraph (report, answer->answer, ink);
    }
}

/* ---- The promotion case ------------------------------------------------------------------- */

typedef enum
{
  CASE_HEADING,
  CASE_SUBHEADING,
  CASE_TEXT,
  CASE_NOTE,  /* dimmed: what is missing, how to read it */
  CASE_ITEM,  /* one of a list */
} CaseKind;

typedef struct
{
  CaseKind kind;
  char *text;
} CaseLine;

static void
clear_case_line (gpointer data)
{
  g_free (((CaseLine *) data)->text);
}

static void
case_add (GArray   *lines,
          CaseKind  kind,
          char     *text)
{
  CaseLine line = { kind, text };

  g_array_append_val (lines, line);
}

/* "3 February 2027: what was done — what came of it". */
static char *
case_evidence_line (const LadderEvidence *evidence)
{
  g_autofree char *day = ladder_format_day (evidence->date);
  g_autofree char *details = evidence_details (evidence);
  GString *line = g_string_new (NULL);

  if (day != NULL)
    g_string_append_printf (line, "%s%s", day, C_("punctuation", ": "));
  g_string_append (line, evidence->text);
  if (details != NULL)
    g_string_append_printf (line, " — %s", details);
  return g_string_free (line, FALSE);
}

/* A skill's first and last rating in the history, when they differ. */
static gboolean
history_span (LadderProfile *profile,
              const char  *skill,
              gint64      *from,
              gint64      *to,
              const char **from_day,
              const char **to_day)
{
  gboolean seen = FALSE;

  for (guint i = 0; i < ladder_profile_get_n_history (profile); i++)
    {
      const char *day;
      JsonObject *levels;
      int level;

      if (!ladder_profile_get_history_entry (profile, i, &day, &levels) ||
          (level = ladder_profile_history_level (levels, skill)) < 0)
        continue;
      if (!seen)
        {
          *from = level;
          *from_day = day;
          seen = TRUE;
        }
      *to = level;
      *to_day = day;
    }
  return seen && *from != *to;
}

/* For the target rung, each skill it expects: the person's level, the evidence behind it, the
 * gap left and the plan's next steps; then the ratings that moved, and evidence tied to no
 * skill. Read by the PDF and the Markdown alike. */
static GArray *
case_lines (LadderFramework *framework,
            LadderProfile   *profile)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (CaseLine));
  const LadderRung *target = ladder_framework_lookup_rung (
    framework, ladder_profile_get_target_track (profile), ladder_profile_get_target_rung (profile));
  gboolean moved = FALSE, loose = FALSE;

  g_array_set_clear_func (lines, clear_case_line);
  /* Translators: a heading of the promotion case; %s is the target rung as it reads after
   * "the role of" */
  case_add (lines, CASE_HEADING, g_strdup_printf (_("What the Role of %s Expects"),
                                                  target->title_of));
  case_add (lines, CASE_NOTE, g_strdup (_("Each skill the role expects: your level, the evidence "
                                          "behind it, and what is left to do.")));
  for (guint s = 0; s < ladder_framework_get_n_skills (framework); s++)
    {
      const LadderSkill *skill = ladder_framework_get_skill (framework, s);
      const LadderProfileSkill *mine = ladder_profile_lookup_skill (profile, skill->id);
      int expected = ladder_framework_rung_expects (framework, target, skill->id);
      guint evidence = 0, steps = 0;

      if (expected <= 0 || mine == NULL)
        continue;
      case_add (lines, CASE_SUBHEADING, g_strdup (ladder_format_without_code (skill->title)));
      case_add (lines, CASE_TEXT, mine->current >= expected
                /* Translators: a skill in the promotion case: the person's level, the role's */
                ? g_strdup_printf (_("Level %d, expected %d: met"), mine->current, expected)
                /* Translators: a skill in the promotion case: the person's level, the role's,
                 * and the levels still to go (the plural follows that last number) */
                : g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                              "Level %d, expected %d: %d level to go",
                                              "Level %d, expected %d: %d levels to go",
                                              expected - mine->current),
                                   mine->current, expected, expected - mine->current));
      for (guint i = ladder_profile_get_n_evidence (profile); i > 0; i--)
        {
          const LadderEvidence *entry = ladder_profile_get_evidence (profile, i - 1);

          if (g_strcmp0 (entry->skill, skill->id) != 0)
            continue;
          case_add (lines, CASE_ITEM, case_evidence_line (entry));
          evidence++;
        }
      if (evidence == 0)
        case_add (lines, CASE_NOTE, g_strdup (_("No evidence logged for this skill yet.")));
      for (guint i = 0; mine->current < expected && steps < 2 &&
                        i < ladder_profile_get_n_plan_items (profile); i++)
        {
          const LadderPlanItem *item = ladder_profile_get_plan_item (profile, i);
          g_autofree char *when = NULL;

          if (g_strcmp0 (item->skill, skill->id) != 0 || item->status == LADDER_STATUS_DONE)
            continue;
          when = ladder_planner_quarter_label (ladder_profile_get_plan_generated (profile),
                                               item->year, item->quarter);
          /* Translators: a next step in the promotion case: the plan item, then when */
          case_add (lines, CASE_ITEM, g_strdup_printf (_("Next: %s (%s)"), item->title, when));
          steps++;
        }
    }

  for (guint s = 0; s < ladder_profile_get_n_skills (profile); s++)
    {
      const LadderProfileSkill *skill = ladder_profile_get_skill (profile, s);
      gint64 from = 0, to = 0;
      const char *from_day = NULL, *to_day = NULL;
      g_autofree char *first = NULL, *last = NULL;

      if (!history_span (profile, skill->id, &from, &to, &from_day, &to_day))
        continue;
      if (!moved)
        case_add (lines, CASE_HEADING, g_strdup (_("Ratings Over Time")));
      moved = TRUE;
      first = ladder_format_day (from_day);
      last = ladder_format_day (to_day);
      /* Translators: a skill's rating history in the promotion case: "APIs: 1 → 3 (10 January
       * 2026 – 1 November 2026)" */
      case_add (lines, CASE_ITEM, g_strdup_printf (_("%s: %d → %d (%s – %s)"),
                                                   ladder_profile_get_skill_title (profile,
                                                                                   skill->id),
                                                   (int) from, (int) to, first, last));
    }

  for (guint i = ladder_profile_get_n_evidence (profile); i > 0; i--)
    {
      const LadderEvidence *entry = ladder_profile_get_evidence (profile, i - 1);

      if (entry->skill != NULL && target != NULL &&
          ladder_framework_rung_expects (framework, target, entry->skill) > 0)
        continue;
      if (!loose)
        case_add (lines, CASE_HEADING, g_strdup (_("Other Evidence")));
      loose = TRUE;
      case_add (lines, CASE_ITEM, case_evidence_line (entry));
    }
  return lines;
}

static void
add_case (LadderReport *report)
{
  g_autoptr (GArray) lines = case_lines (report->framework, report->profile);

  for (guint i = 0; i < lines->len; i++)
    {
      const CaseLine *line = &g_array_index (lines, CaseLine, i);
      g_autofree char *bullet = NULL;

      switch (line->kind)
        {
        case CASE_HEADING:
          add_heading (report, line->text);
          break;
        case CASE_SUBHEADING:
          add_subheading (report, line->text);
          break;
        case CASE_TEXT:
          add_paragraph (report, line->text, ink);
          break;
        case CASE_NOTE:
          add_paragraph (report, line->text, dim);
          break;
        case CASE_ITEM:
          bullet = g_strconcat ("• ", line->text, NULL);
          add_text (report, bullet, BODY_SIZE, FALSE, 12, 4);
          break;
        }
    }
}

static void
paginate (LadderReport *report)
{
  double available = body_height (report);
  double y = 0;
  guint first = 0;

  g_array_set_size (report->page_start, 0);
  g_array_append_val (report->page_start, first);
  for (guint i = 0; i < report->blocks->len; i++)
    {
      Block *block = &g_array_index (report->blocks, Block, i);
      double need = (y > 0 ? block->space_before : 0) + block->height;

      /* A heading goes to the next page with the block after it. */
      for (guint j = i; j + 1 < report->blocks->len &&
                        g_array_index (report->blocks, Block, j).keep_with_next; j++)
        need += g_array_index (report->blocks, Block, j + 1).space_before +
                g_array_index (report->blocks, Block, j + 1).height;

      if (block->kind == BLOCK_PAGE_BREAK || (y > 0 && y + need > available))
        {
          guint start = block->kind == BLOCK_PAGE_BREAK ? i + 1 : i;

          if (start < report->blocks->len)
            g_array_append_val (report->page_start, start);
          y = 0;
          if (block->kind == BLOCK_PAGE_BREAK)
            continue;
        }
      y += (y > 0 ? block->space_before : 0) + block->height;
    }
}

/**
 * ladder_report_new:
 * @cr: a cairo context on the target surface, for measuring text
 *
 * Returns: (transfer full): the report, laid out for pages of the given size (points)
 */
static LadderReport *
report_new (LadderFramework *framework,
            LadderProfile   *profile,
            cairo_t         *cr,
            double           page_width,
            double           page_height,
            gboolean         is_case)
{
  LadderReport *report = g_new0 (LadderReport, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);

  report->framework = g_object_ref (framework);
  report->profile = g_object_ref (profile);
  report->width = page_width;
  report->height = page_height;
  report->context = pango_cairo_create_context (cr);
  /* Metrics that do not depend on the screen, so the PDF and the print match. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (report->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (report->context,
                              pango_language_from_string (ladder_report_pango_language ()));
  report->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  report->page_start = g_array_new (FALSE, FALSE, sizeof (guint));
  report->is_case = is_case;
  report->footer = is_case
    /* Translators: the promotion case's footer: the person's name */
    ? g_strdup_printf (_("%s · Promotion case"), ladder_profile_get_name (profile))
    /* Translators: the report's footer: the person's name */
    : g_strdup_printf (_("%s · Career plan"), ladder_profile_get_name (profile));

  add_cover (report);
  if (is_case)
    add_case (report);
  else
    {
      add_ladder (report);
      add_skills (report);
      add_plan (report);
      add_evidence (report);
      add_interview (report);
    }
  paginate (report);
  return report;
}

LadderReport *
ladder_report_new (LadderFramework *framework,
                   LadderProfile   *profile,
                   cairo_t         *cr,
                   double           page_width,
                   double           page_height)
{
  return report_new (framework, profile, cr, page_width, page_height, FALSE);
}

guint
ladder_report_get_n_pages (LadderReport *report)
{
  g_return_val_if_fail (report != NULL, 0);
  return report->page_start->len;
}

void
ladder_report_free (LadderReport *report)
{
  if (report == NULL)
    return;
  for (guint i = 0; i < report->blocks->len; i++)
    for (guint l = 0; l < G_N_ELEMENTS (g_array_index (report->blocks, Block, i).layouts); l++)
      g_clear_object (&g_array_index (report->blocks, Block, i).layouts[l]);
  g_array_unref (report->blocks);
  g_array_unref (report->page_start);
  g_object_unref (report->context);
  g_object_unref (report->framework);
  g_object_unref (report->profile);
  g_free (report->footer);
  g_free (report);
}

/* ---- Drawing ---------------------------------------------------------------------------- */

static void
set_rgb (cairo_t      *cr,
         const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_update_layout (cr, layout);
  pango_cairo_show_layout (cr, layout);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_small_text (LadderReport *report,
                 cairo_t      *cr,
                 const char   *text,
                 int           size,
                 gboolean      bold,
                 double        x,
                 double        y,
                 double        width,
                 PangoAlignment alignment)
{
  g_autoptr (PangoLayout) layout = new_layout (report, text, size, bold, width);

  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  show_layout (cr, layout, x, y);
}

static void
draw_ladder (LadderReport *report,
             cairo_t      *cr,
             double        x,
             double        y)
{
  guint n_tracks = ladder_framework_get_n_tracks (report->framework);
  double gap = 24;
  double column = (content_width (report) - gap * (n_tracks - 1)) / n_tracks;
  double row;
  int top = (int) ladder_rows (report, &row) - 1;

  for (guint t = 0; t < n_tracks; t++)
    {
      const LadderTrack *track = ladder_framework_get_track (report->framework, t);
      double cx = x + t * (column + gap);

      set_rgb (cr, ink);
      draw_small_text (report, cr, track->title, 11, TRUE, cx, y, column, PANGO_ALIGN_CENTER);
      cairo_set_line_width (cr, 3);
      cairo_set_source_rgb (cr, line[0], line[1], line[2]);
      cairo_move_to (cr, cx + 10,
                     y + 24 + (top - (int) track->rungs[track->n_rungs - 1].seniority) * row);
      cairo_line_to (cr, cx + 10, y + 24 + (top + 1) * row - 6);
      cairo_move_to (cr, cx + column - 10,
                     y + 24 + (top - (int) track->rungs[track->n_rungs - 1].seniority) * row);
      cairo_line_to (cr, cx + column - 10, y + 24 + (top + 1) * row - 6);
      cairo_stroke (cr);

      for (guint r = 0; r < track->n_rungs; r++)
        {
          const LadderRung *rung = &track->rungs[r];
          double ry = y + 24 + (top - (int) rung->seniority) * row;
          g_autoptr (LadderReadiness) readiness = ladder_readiness_compute (report->framework,
                                                                            report->profile,
                                                                            rung);
          gboolean is_current = rung == current_rung (report);
          gboolean is_target = rung == target_rung (report);
          g_autofree char *percent = g_strdup_printf (_("%u %%"), readiness->percent);
          const char *marker = is_current && is_target ? _("You · Target")
                               : is_current ? _("You") : is_target ? _("Target") : NULL;

          rounded_rect (cr, cx, ry, column, row - 8, 6);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_fill_preserve (cr);
          set_rgb (cr, is_target ? success : is_current ? accent : line);
          cairo_set_line_width (cr, is_current || is_target ? 2 : 1);
          cairo_stroke (cr);

          {
            /* Long titles (Russian ones are) take two lines rather than lose their end. */
            g_autoptr (PangoLayout) title = new_layout (report, rung->title, 9, TRUE,
                                                        column - 70);

            pango_layout_set_height (title, -2);
            pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
            set_rgb (cr, ink);
            show_layout (cr, title, cx + 8, ry + 4);
            set_rgb (cr, dim);
            draw_small_text (report, cr, rung->scope, 7, FALSE, cx + 8,
                             ry + 5 + layout_height (title), column - 70, PANGO_ALIGN_LEFT);
          }
          set_rgb (cr, readiness->percent >= 85 ? success : ink);
          draw_small_text (report, cr, percent, 10, TRUE, cx + column - 62, ry + 4, 54,
                           PANGO_ALIGN_RIGHT);
          if (marker != NULL)
            {
              set_rgb (cr, is_target && !is_current ? success : accent);
              draw_small_text (report, cr, marker, 7, TRUE, cx + column - 90, ry + 20, 82,
                               PANGO_ALIGN_RIGHT);
            }
          /* Readiness as a bar too. */
          cairo_set_source_rgb (cr, line[0], line[1], line[2]);
          cairo_rectangle (cr, cx + 8, ry + row - 14, column - 16, 2.5);
          cairo_fill (cr);
          set_rgb (cr, readiness->percent >= 85 ? success : accent);
          cairo_rectangle (cr, cx + 8, ry + row - 14, (column - 16) * readiness->percent / 100.0,
                           2.5);
          cairo_fill (cr);
        }
    }
}

static void
draw_radar (LadderReport *report,
            cairo_t      *cr,
            double        x,
            double        y)
{
  guint n = ladder_framework_get_n_groups (report->framework);
  double radius = 90;
  double cx = x + content_width (report) / 2;
  double cy = y + 125;

  cairo_set_line_width (cr, 0.6);
  cairo_set_source_rgb (cr, line[0], line[1], line[2]);
  for (int level = 1; level <= LADDER_LEVEL_MAX; level++)
    {
      for (guint i = 0; i <= n; i++)
        {
          double angle = -G_PI / 2 + 2 * G_PI * (i % n) / n;
          double r = radius * level / LADDER_LEVEL_MAX;

          if (i == 0)
            cairo_move_to (cr, cx + r * cos (angle), cy + r * sin (angle));
          else
            cairo_line_to (cr, cx + r * cos (angle), cy + r * sin (angle));
        }
      cairo_stroke (cr);
    }

  for (int series = 1; series >= 0; series--)
    {
      for (guint i = 0; i <= n; i++)
        {
          const LadderSkillGroup *group = ladder_framework_get_group (report->framework, i % n);
          double angle = -G_PI / 2 + 2 * G_PI * (i % n) / n;
          double r = radius * ladder_skill_group_average (report->framework, report->profile,
                                                          group->id, series == 1) /
                     LADDER_LEVEL_MAX;

          if (i == 0)
            cairo_move_to (cr, cx + r * cos (angle), cy + r * sin (angle));
          else
            cairo_line_to (cr, cx + r * cos (angle), cy + r * sin (angle));
        }
      if (series == 1)
        {
          double dashes[] = { 4, 3 };

          set_rgb (cr, success);
          cairo_set_line_width (cr, 1.5);
          cairo_set_dash (cr, dashes, 2, 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      else
        {
          cairo_set_source_rgba (cr, accent[0], accent[1], accent[2], 0.25);
          cairo_fill_preserve (cr);
          set_rgb (cr, accent);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      const LadderSkillGroup *group = ladder_framework_get_group (report->framework, i);
      double angle = -G_PI / 2 + 2 * G_PI * i / n;
      double lx = cx + (radius + 14) * cos (angle);
      double ly = cy + (radius + 14) * sin (angle);
      double width = 130;
      PangoAlignment align = cos (angle) > 0.2 ? PANGO_ALIGN_LEFT
                             : cos (angle) < -0.2 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER;
      double tx = align == PANGO_ALIGN_LEFT ? lx : align == PANGO_ALIGN_RIGHT ? lx - width
                                                                              : lx - width / 2;

      {
        g_autoptr (PangoLayout) label = new_layout (report, group->title, 8, TRUE, width);
        double height;

        pango_layout_set_alignment (label, align);
        height = layout_height (label);
        set_rgb (cr, ink);
        show_layout (cr, label, tx, sin (angle) < -0.5 ? ly - height - 2
                                    : sin (angle) > 0.5 ? ly : ly - height / 2);
      }
    }

  /* The legend, in words as well as colour. */
  set_rgb (cr, accent);
  cairo_rectangle (cr, x, y + 248, 14, 6);
  cairo_fill (cr);
  set_rgb (cr, ink);
  draw_small_text (report, cr, _("Current level (solid)"), 8, FALSE, x + 20, y + 244,
                   content_width (report) - 20, PANGO_ALIGN_LEFT);
  set_rgb (cr, success);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, x, y + 265);
  cairo_line_to (cr, x + 14, y + 265);
  cairo_stroke (cr);
  set_rgb (cr, ink);
  draw_small_text (report, cr, _("Level the plan works toward (dashed)"), 8, FALSE, x + 20,
                   y + 259, content_width (report) - 20, PANGO_ALIGN_LEFT);
}

static void
draw_row (LadderReport *report,
          Block        *block,
          cairo_t      *cr,
          double        x,
          double        y)
{
  double width = content_width (report);

  if (block->status >= 0)
    {
      /* A plan item: a status box, the title, then the meta line and the outcome. */
      double box_y = y + 2;

      set_rgb (cr, block->status == LADDER_STATUS_DONE ? success
                   : block->status == LADDER_STATUS_IN_PROGRESS ? accent : dim);
      cairo_set_line_width (cr, 1);
      rounded_rect (cr, x, box_y, 11, 11, 2);
      if (block->status == LADDER_STATUS_DONE)
        {
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_set_line_width (cr, 1.5);
          cairo_move_to (cr, x + 2.5, box_y + 5.5);
          cairo_line_to (cr, x + 4.7, box_y + 8);
          cairo_line_to (cr, x + 8.5, box_y + 3);
          cairo_stroke (cr);
        }
      else if (block->status == LADDER_STATUS_IN_PROGRESS)
        {
          cairo_stroke (cr);
          rounded_rect (cr, x + 2, box_y + 2, 3.5, 7, 1);
          cairo_fill (cr);
        }
      else
        cairo_stroke (cr);

      set_rgb (cr, ink);
      show_layout (cr, block->layouts[0], x + block->indent, y);
      y += layout_height (block->layouts[0]);
      set_rgb (cr, dim);
      if (block->layouts[1] != NULL)
        {
          show_layout (cr, block->layouts[1], x + block->indent, y);
          y += layout_height (block->layouts[1]);
        }
      if (block->layouts[2] != NULL)
        {
          set_rgb (cr, ink);
          show_layout (cr, block->layouts[2], x + block->indent, y);
        }
      return;
    }

  /* A table row. */
  if (block->header_row)
    {
      cairo_set_source_rgb (cr, 0.95, 0.95, 0.95);
      cairo_rectangle (cr, x, y, width, block->height);
      cairo_fill (cr);
    }
  cairo_set_source_rgb (cr, line[0], line[1], line[2]);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x, y + block->height);
  cairo_line_to (cr, x + width, y + block->height);
  cairo_stroke (cr);
  {
    double cx = x + 4;
    double widths[5] = { width - 4 * 74, 74, 74, 74, 74 };

    for (guint c = 0; c < 5; c++)
      {
        set_rgb (cr, c == 4 && block->gap ? warning : block->header_row ? dim : ink);
        show_layout (cr, block->layouts[c], cx, y + 4);
        cx += widths[c];
      }
  }
}

void
ladder_report_draw_page (LadderReport *report,
                         cairo_t      *cr,
                         guint         page)
{
  double available = body_height (report);
  guint first, last;
  double y = 0;

  g_return_if_fail (report != NULL);
  g_return_if_fail (page < report->page_start->len);

  first = g_array_index (report->page_start, guint, page);
  last = page + 1 < report->page_start->len ? g_array_index (report->page_start, guint, page + 1)
                                            : report->blocks->len;

  cairo_save (cr);
  for (guint i = first; i < last; i++)
    {
      Block *block = &g_array_index (report->blocks, Block, i);
      double x = MARGIN;
      double top;

      if (block->kind == BLOCK_PAGE_BREAK)
        continue;
      y += y > 0 ? block->space_before : 0;
      top = MARGIN + y;
      switch (block->kind)
        {
        case BLOCK_TEXT:
          set_rgb (cr, block->rgb);
          show_layout (cr, block->layouts[0], x + block->indent, top);
          if (block->rule)
            {
              set_rgb (cr, accent);
              cairo_set_line_width (cr, 1.5);
              cairo_move_to (cr, x, top + block->height - 3);
              cairo_line_to (cr, x + content_width (report), top + block->height - 3);
              cairo_stroke (cr);
            }
          break;
        case BLOCK_COVER:
          set_rgb (cr, accent);
          cairo_rectangle (cr, x, top, 60, 6);
          cairo_fill (cr);
          break;
        case BLOCK_LADDER:
          draw_ladder (report, cr, x, top);
          break;
        case BLOCK_RADAR:
          draw_radar (report, cr, x, top);
          break;
        case BLOCK_ROW:
          draw_row (report, block, cr, x, top);
          break;
        case BLOCK_PAGE_BREAK:
          break;
        }
      y += block->height;
      g_warn_if_fail (y <= available + 0.5 || i == first);
    }

  /* Footer and page number on every page. */
  {
    g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1,
                                               report->page_start->len);
    double footer_y = report->height - MARGIN - 10;

    cairo_set_source_rgb (cr, line[0], line[1], line[2]);
    cairo_set_line_width (cr, 0.5);
    cairo_move_to (cr, MARGIN, footer_y - 6);
    cairo_line_to (cr, report->width - MARGIN, footer_y - 6);
    cairo_stroke (cr);
    set_rgb (cr, dim);
    draw_small_text (report, cr, report->footer, 8, FALSE, MARGIN, footer_y,
                     content_width (report) - 100, PANGO_ALIGN_LEFT);
    draw_small_text (report, cr, number, 8, FALSE, report->width - MARGIN - 100, footer_y, 100,
                     PANGO_ALIGN_RIGHT);
  }
  cairo_restore (cr);
}

static cairo_status_t
write_to_string (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * ladder_report_write_pdf:
 *
 * Renders the report and writes it atomically to @path.
 */
static gboolean
write_pdf (LadderFramework *framework,
           LadderProfile   *profile,
           const char      *path,
           double           page_width,
           double           page_height,
           gboolean         is_case,
           GError         **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  g_autoptr (LadderReport) report = NULL;
  g_autoptr (GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_pdf_surface_create_for_stream (write_to_string, bytes, page_width, page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  ladder_profile_get_name (profile));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ladder " PACKAGE_VERSION);
  cr = cairo_create (surface);
  report = report_new (framework, profile, cr, page_width, page_height, is_case);
  for (guint page = 0; page < ladder_report_get_n_pages (report); page++)
    {
      ladder_report_draw_page (report, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the PDF: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }
  if (!g_file_set_contents_full (path, (const char *) bytes->data, bytes->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      g_autofree char *base = g_path_get_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not save “%s”: %s"), base,
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
ladder_report_write_pdf (LadderFramework *framework,
                         LadderProfile   *profile,
                         const char      *path,
                         double           page_width,
                         double           page_height,
                         GError         **error)
{
  return write_pdf (framework, profile, path, page_width, page_height, FALSE, error);
}

/**
 * ladder_report_write_case_pdf:
 *
 * Writes the promotion case: for the target rung, each expectation with the person's level,
 * the evidence behind it, the gap left and the plan's next steps; the ratings that moved.
 */
gboolean
ladder_report_write_case_pdf (LadderFramework *framework,
                              LadderProfile   *profile,
                              const char      *path,
                              double           page_width,
                              double           page_height,
                              GError         **error)
{
  return write_pdf (framework, profile, path, page_width, page_height, TRUE, error);
}

static void append_md (GString    *out,
                       const char *text);

/**
 * ladder_report_case_to_markdown:
 *
 * Returns: (transfer full): the promotion case as Markdown
 */
char *
ladder_report_case_to_markdown (LadderFramework *framework,
                                LadderProfile   *profile)
{
  g_autoptr (GArray) lines = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);

  g_string_append_printf (out, "# %s%s", _("Promotion Case"), C_("punctuation", ": "));
  append_md (out, ladder_profile_get_name (profile));
  g_string_append_c (out, '\n');
  lines = case_lines (framework, profile);
  for (guint i = 0; i < lines->len; i++)
    {
      const CaseLine *line = &g_array_index (lines, CaseLine, i);
      gboolean in_list = line->kind == CASE_ITEM && i > 0 &&
                         g_array_index (lines, CaseLine, i - 1).kind == CASE_ITEM;

      /* Blocks apart, a list's items together. */
      if (!in_list)
        g_string_append_c (out, '\n');
      g_string_append (out, line->kind == CASE_HEADING ? "## "
                            : line->kind == CASE_SUBHEADING ? "### "
                            : line->kind == CASE_ITEM ? "- " : "");
      append_md (out, line->text);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* ---- Markdown --------------------------------------------------------------------------- */

/* Markdown would read "*", "_", "<" and friends in a name as formatting: escape them. Hyphens,
 * dots and brackets only mean something at the start of a line, where user text never is. */
static void
append_md (GString    *out,
           const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>#|", *p) != NULL)
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "  \n");
      else
        g_string_append_c (out, *p);
    }
}

/**
 * ladder_report_to_markdown:
 *
 * Returns: (transfer full): the same report as Markdown
 */
char *
ladder_report_to_markdown (LadderFramework *framework,
                           LadderProfile   *profile)
{
  GString *out = g_string_new (NULL);
  const LadderRung *current, *target;
  g_autoptr (LadderReadiness) readiness = NULL;
  g_autofree char *reason = NULL;
  g_autoptr (GHashTable) first_steps = NULL;

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);

  first_steps = ladder_planner_first_steps (profile);
  current = ladder_framework_lookup_rung (framework, ladder_profile_get_track (profile),
                                          ladder_profile_get_rung (profile));
  target = ladder_framework_lookup_rung (framework, ladder_profile_get_target_track (profile),
                                         ladder_profile_get_target_rung (profile));
  readiness = ladder_readiness_compute (framework, profile, target);
  reason = ladder_readiness_describe (readiness);

  /* Punctuation is the language's: "：" and "（…）" in Chinese. */
  g_string_append_printf (out, "# %s%s", _("Career Plan"),
                          /* Translators: between a label and what follows: "Career Plan:
                           * Anna"; "：" in Chinese */
                          C_("punctuation", ": "));
  append_md (out, ladder_profile_get_name (profile));
  g_string_append_printf (out, "\n\n**%s → %s**  \n", current->title, target->title);
  g_string_append_printf (out, _("Readiness for %s today: %u %%"), target->title_of,
                          readiness->percent);
  g_string_append_printf (out, "  \n%s\n\n## %s\n\n", reason, _("Career Ladder"));
  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (framework, t);

      g_string_append_printf (out, "### %s\n\n", track->title);
      for (int r = (int) track->n_rungs - 1; r >= 0; r--)
        {
          g_autoptr (LadderReadiness) rr = ladder_readiness_compute (framework, profile,
                                                                     &track->rungs[r]);
          const char *marker = &track->rungs[r] == current ? _("You")
                               : &track->rungs[r] == target ? _("Target") : NULL;

          /* Translators: an aside in brackets: "Team lead (a team and its results)";
           * "（%s）" in Chinese */
          g_autofree char *scope = g_strdup_printf (C_("punctuation", " (%s)"),
                                                    track->rungs[r].scope);
          g_autofree char *percent = g_strdup_printf (_("%u %%"), rr->percent);

          g_string_append_printf (out, "- **%s**%s%s%s%s%s\n", track->rungs[r].title, scope,
                                  C_("punctuation", ": "), percent, marker ? " — " : "",
                                  marker ? marker : "");
        }
      g_string_append (out, "\n");
    }

  g_string_append_printf (out, "## %s\n\n| %s | %s | %s | %s | %s |\n|---|---|---|---|---|\n",
                          _("Skills"), _("Skill"), _("Current"), _("Target"), _("Expected"),
                          _("Gap"));
  for (guint i = 0; i < ladder_profile_get_n_skills (profile); i++)
    {
      const LadderProfileSkill *own = ladder_profile_get_skill (profile, i);
      const LadderSkill *skill = ladder_framework_lookup_skill (framework, own->id);
      int expected = skill != NULL ? ladder_framework_rung_expects (framework, target, own->id) : 0;
      int goal = ladder_planner_target_level (framework, profile, own->id);

      if (own->hidden)
        continue;
      g_string_append (out, "| ");
      append_md (out, skill != NULL ? skill->title : own->name);
      g_string_append_printf (out, " | %d | %d | %d | %s |\n", own->current, own->target,
                              expected, goal > own->current ? "▲" : "✓");
    }

  {
    g_autofree char *heading = plan_heading (profile);
    g_autofree char *fit = ladder_planner_describe_fit (framework, profile, NULL, NULL);

    g_string_append_printf (out, "\n## %s\n", heading);
    if (fit != NULL)
      {
        g_string_append (out, "\n> ");
        append_md (out, fit);
        g_string_append (out, "\n");
      }
  }
  for (guint year = 1, shown = 0; year <= 10; year++, shown = 0)
    for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
      {
        const LadderPlanItem *item = ladder_profile_get_plan_item (profile, i);

        if (item->year != year)
          continue;
        if (shown++ == 0)
          {
            g_string_append (out, "\n### ");
            g_string_append_printf (out, _("Year %u"), year);
            g_string_append (out, "\n\n");
          }
        g_string_append_printf (out, "- [%s] ", item->status == LADDER_STATUS_DONE ? "x" : " ");
        if (item->quarter > 0)
          {
            {
              g_autofree char *when = ladder_planner_quarter_label (
                ladder_profile_get_plan_generated (profile), item->year, item->quarter);

              g_string_append (out, when);
            }
            g_string_append (out, C_("punctuation", ": "));
          }
        append_md (out, item->title);
        if (item->outcome != NULL && *item->outcome != '\0')
          {
            g_string_append (out, " — ");
            append_md (out, item->outcome);
          }
        g_string_append_printf (out, C_("punctuation", " (%s)"), status_text (item->status));
        g_string_append_c (out, '\n');
        {
          /* What to learn from, under the skill's first step, as part of its list item. */
          g_autofree char *resources = ladder_planner_item_resources (profile, first_steps,
                                                                      item);

          if (resources != NULL)
            {
              g_string_append (out, "  ");
              append_md (out, resources);
              g_string_append_c (out, '\n');
            }
        }
      }

  if (ladder_profile_get_n_evidence (profile) > 0)
    {
      g_string_append_printf (out, "\n## %s\n\n", _("Evidence"));
      for (guint i = ladder_profile_get_n_evidence (profile); i > 0; i--)
        {
          const LadderEvidence *evidence = ladder_profile_get_evidence (profile, i - 1);
          g_autofree char *heading = evidence_heading (profile, evidence);
          g_autofree char *details = evidence_details (evidence);

          g_string_append (out, "- ");
          if (*heading != '\0')
            {
              g_string_append (out, "**");
              append_md (out, heading);
              g_string_append (out, "**");
              g_string_append (out, C_("punctuation", ": "));
            }
          append_md (out, evidence->text);
          if (details != NULL)
            {
              g_string_append (out, " — ");
              append_md (out, details);
            }
          g_string_append_c (out, '\n');
        }
    }
  {
    gboolean notes = FALSE;

    for (guint i = 0; i < ladder_profile_get_n_skills (profile); i++)
      {
        const LadderProfileSkill *skill = ladder_profile_get_skill (profile, i);

        if (skill->note == NULL || *skill->note == '\0')
          continue;
        if (!notes)
          g_string_append_printf (out, "\n## %s\n\n", _("Notes on Skills"));
        notes = TRUE;
        g_string_append (out, "- **");
        append_md (out, ladder_profile_get_skill_title (profile, skill->id));
        g_string_append (out, "**");
        g_string_append (out, C_("punctuation", ": "));
        append_md (out, skill->note);
        g_string_append_c (out, '\n');
      }
  }

  g_string_append_printf (out, "\n## %s\n", _("Interview Answers"));
  for (guint i = 0; i < ladder_profile_get_n_answers (profile); i++)
    {
      const LadderAnswer *answer = ladder_profile_get_answer (profile, i);

      g_string_append (out, "\n### ");
      append_md (out, ladder_interview_question_text (profile, answer->question));
      g_string_append (out, "\n\n");
      append_md (out, answer->answer);
      g_string_append (out, "\n");
    }
  return g_string_free (out, FALSE);
}
