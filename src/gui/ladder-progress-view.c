/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Progress view: the evidence log — what the person did, what came of it, the skill it shows
 * and the plan item it belongs to — newest first, filtered by skill and period. Adding, editing
 * and removing are steps of the session's undo history; a link is shown as text and opened only
 * when its button is clicked, and only when it is http or https. */
#define G_LOG_DOMAIN "ladder-progress-view"

#include "config.h"

#include "ladder-i18n.h"

#include <string.h>

#include "core/ladder-format.h"
#include "core/ladder-planner.h"
#include "ladder-form.h"
#include "ladder-accessible.h"
#include "ladder-history-chart.h"
#include "ladder-profile-property.h"
#include "ladder-progress-view.h"
#include "ladder-toast.h"
#include "ladder-wrap-box.h"

struct _LadderProgressView
{
  GtkWidget parent_instance;

  LadderProfile *profile;
  GSignalGroup *profile_signals;

  GtkWidget *scroller;
  LadderHistoryChart *chart;
  GtkLabel *chart_caption;
  GtkToggleButton *as_table;  /* the ratings as a table of days instead of the chart */
  GtkStack *history_stack;    /* "chart" or "table" */
  GtkListBox *history_table;
  gboolean history_all;       /* every day in the table, not only the newest */
  GtkLabel *count_label;
  GtkDropDown *skill_filter;
  GtkDropDown *period_filter;
  GPtrArray *filter_skills; /* ids, in the skill filter's order after "all skills" */
  GtkStack *stack;
  GtkListBox *list;
  GtkWidget *due_box;       /* "A quarter has passed since you last checked in" */
  GtkWidget *checkins;      /* the past check-ins, newest first */
  GPtrArray *rows;          /* GtkWidget, one per evidence entry (NULL when not shown) */
  gboolean show_all;        /* every matching entry, not only the newest ones */
};

/* Entries shown before "Show All": the newest, as many as a person scrolls through. */
#define ROWS_SHOWN 100
/* Skills named in one day's row of the ratings table before "and N more". */
#define CHANGES_NAMED 4

G_DEFINE_FINAL_TYPE (LadderProgressView, ladder_progress_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_web_link (const char *link)
{
  return link != NULL && (g_ascii_strncasecmp (link, "https://", 8) == 0 ||
                          g_ascii_strncasecmp (link, "http://", 7) == 0);
}

/* ---- The list ----------------------------------------------------------------------------- */

/* The first day a period shows, or NULL for all time. */
static char *
period_start (guint period)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) start = NULL;

  if (period == 1)
    start = g_date_time_add_months (now, -3);
  else if (period == 2)
    start = g_date_time_add_months (now, -12);
  else
    return NULL;
  return g_date_time_format (start, "%Y-%m-%d");
}

static void
create_row_menu_cb (GtkMenuButton *button,
                    gpointer       user_data)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr (GMenu) menu = NULL;
  g_autoptr (GMenuItem) edit = NULL, remove = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;
  menu = g_menu_new ();
  edit = g_menu_item_new (_("_Edit…"), NULL);
  g_menu_item_set_action_and_target (edit, "progress.edit", "u", index);
  g_menu_append_item (menu, edit);
  remove = g_menu_item_new (_("_Remove"), NULL);
  g_menu_item_set_action_and_target (remove, "progress.remove", "u", index);
  g_menu_append_item (menu, remove);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GtkWidget *
evidence_row (LadderProgressView   *self,
              guint                 index,
              const LadderEvidence *evidence)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *menu_button;
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = g_markup_escape_text (evidence->text, -1);
  g_autofree char *subtitle = NULL, *escaped = NULL;

  if (evidence->date != NULL)
    g_ptr_array_add (parts, ladder_format_day (evidence->date));
  if (evidence->skill != NULL && ladder_profile_get_skill_title (self->profile,
                                                                 evidence->skill) != NULL)
    g_ptr_array_add (parts, g_strdup (ladder_profile_get_skill_title (self->profile,
                                                                      evidence->skill)));
  if (evidence->outcome != NULL)
    /* Translators: what came of a piece of evidence */
    g_ptr_array_add (parts, g_strdup_printf (_("Outcome: %s"), evidence->outcome));
  if (evidence->plan_item != NULL)
    {
      const LadderPlanItem *item = ladder_profile_lookup_plan_item (self->profile,
                                                                    evidence->plan_item, NULL);

      if (item != NULL)
        /* Translators: the plan item a piece of evidence belongs to */
        g_ptr_array_add (parts, g_strdup_printf (_("For “%s”"), item->title));
    }
  if (evidence->link != NULL && !is_web_link (evidence->link))
    g_ptr_array_add (parts, g_strdup (evidence->link));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  escaped = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);

  if (is_web_link (evidence->link))
    {
      GtkWidget *open = gtk_button_new_from_icon_name ("web-browser-symbolic");
      /* Translators: the accessible name of an evidence entry's link button; %s is the entry */
      g_autofree char *label = g_strdup_printf (_("Open the link of “%s”"), evidence->text);

      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (open, "flat");
      gtk_widget_set_tooltip_text (open, evidence->link);
      ladder_accessible_name_icon_button (open, label);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "progress.open-link");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "u", index);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
    }

  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  /* The menu is made when it is opened: a popover per row weighs down a long log. */
  g_object_set_data (G_OBJECT (menu_button), "index", GUINT_TO_POINTER (index));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu_button), create_row_menu_cb,
                                         NULL, NULL);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _("More"));
  {
    /* Translators: the accessible name of a row's menu button; %s is a plan item */
    g_autofree char *label = g_strdup_printf (_("More options for “%s”"), evidence->text);

    gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    label, -1);
  }
  gtk_widget_set_sensitive (menu_button, !ladder_profile_get_read_only (self->profile));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);
  return row;
}

static gboolean check_in_due (LadderProfile *profile);

static guint
id_count (JsonObject *entry,
          const char *member)
{
  JsonNode *node = json_object_get_member (entry, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node)
         ? json_array_get_length (json_node_get_array (node)) : 0;
}

/* The past check-ins, newest first: when, what got done and moved on, and what to change. */
static void
show_checkins (LadderProgressView *self)
{
  guint n = ladder_profile_get_n_checkins (self->profile);
  GtkWidget *list = gtk_widget_get_last_child (self->checkins);

  for (GtkWidget *child; (child = gtk_widget_get_first_child (list)) != NULL;)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
  gtk_widget_set_visible (self->checkins, n > 0);
  for (guint i = n; i > 0 && n - i < 20; i--)
    {
      JsonObject *entry = ladder_profile_get_checkin (self->profile, i - 1);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *day = NULL, *title = NULL, *counts = NULL, *escaped = NULL;
      const char *quarter, *note;
      guint done, moved;

      if (entry == NULL)
        continue;
      day = ladder_format_day (json_object_get_string_member_with_default (entry, "date", ""));
      quarter = json_object_get_string_member_with_default (entry, "quarter", NULL);
      note = json_object_get_string_member_with_default (entry, "note", NULL);
      done = id_count (entry, "done");
      moved = id_count (entry, "moved");
      /* Translators: a past check-in: its day, then the quarter it looked back on */
      title = quarter != NULL ? g_strdup_printf (_("%s, for %s"), day, quarter) : g_strdup (day);
      /* Translators: a past check-in; the plural follows the number moved on */
      counts = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u done, %u moved on",
                                           "%u done, %u moved on", moved), done, moved);
      if (note != NULL && *note != '\0')
        {
          g_autofree char *with_note = g_strdup_printf ("%s · %s", counts, note);

          g_free (counts);
          counts = g_steal_pointer (&with_note);
        }
      escaped = g_markup_escape_text (counts, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
}

/* The last row of a list that shows its newest rows: a button for the rest. */
static void
append_show_all (GtkListBox *list,
                 const char *label,
                 const char *action)
{
  GtkWidget *more = gtk_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (more), action);
  gtk_widget_add_css_class (more, "flat");
  gtk_list_box_append (list, more);
}

/* One day of the ratings table, for the average of all skills: the average, and what moved. */
static char *
day_of_all (LadderProgressView       *self,
            const LadderHistoryPoint *point)
{
  g_autoptr (GArray) changes = ladder_profile_get_history_changes (self->profile, point->entry);
  g_autofree char *average = ladder_format_decimal (point->level);
  /* Translators: a day of the ratings table: the average of all current levels */
  GString *text = g_string_new (NULL);
  guint named = 0;

  g_string_printf (text, _("Average %s"), average);
  /* Levels that moved first, then skills rated for the first time (added that day, or missing
   * from a sparse older snapshot). */
  for (guint k = 0; k < 2 * changes->len && named < CHANGES_NAMED; k++)
    {
      const LadderRatingChange *change = &g_array_index (changes, LadderRatingChange,
                                                         k % changes->len);
      const char *title = ladder_profile_get_skill_title (self->profile, change->skill);

      if ((k < changes->len) != (change->from >= 0))
        continue;
      g_string_append (text, named++ == 0 ? C_("list after a colon", ": ")
                                          : C_("list separator", "; "));
      if (change->from < 0)
        /* Translators: a skill first rated on this day, and its level */
        g_string_append_printf (text, C_("rating change", "%s: rated %d"), title, change->to);
      else
        /* Translators: a skill's level that changed on this day: "APIs 2 → 3" */
        g_string_append_printf (text, C_("rating change", "%s %d → %d"), title, change->from,
                                change->to);
    }
  if (changes->len > CHANGES_NAMED)
    {
      guint more = changes->len - CHANGES_NAMED;

      g_string_append (text, C_("list separator", "; "));
      /* Translators: after the skills named in a day of the ratings table */
      g_string_append_printf (text, dngettext (GETTEXT_PACKAGE, "and %u more skill",
                                               "and %u more skills", more), more);
    }
  return g_string_free (text, FALSE);
}

/* The ratings as a table: a row a day, newest first; for one skill only the days it moved. */
static void
show_history_table (LadderProgressView *self,
                    const char         *skill)
{
  guint n = ladder_history_chart_get_n_points (self->chart), shown = 0, days = 0;

  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self->history_table)))
                         != NULL;)
    gtk_list_box_remove (self->history_table, child);
  if (!gtk_toggle_button_get_active (self->as_table))
    return;

  for (guint i = 0; i < n; i++)
    days += skill == NULL || i == 0 ||
            ladder_history_chart_get_point (self->chart, i)->level
            != ladder_history_chart_get_point (self->chart, i - 1)->level;
  for (guint i = n; i > 0; i--)
    {
      const LadderHistoryPoint *point = ladder_history_chart_get_point (self->chart, i - 1);
      const LadderHistoryPoint *before = i > 1 ? ladder_history_chart_get_point (self->chart,
                                                                                 i - 2)
                                               : NULL;
      g_autofree char *day = NULL, *text = NULL, *escaped = NULL;
      GtkWidget *row;

      if (skill != NULL && before != NULL && before->level == point->level)
        continue;
      if (shown == ROWS_SHOWN && !self->history_all)
        {
          /* Translators: below the newest 100 days of the ratings table */
          g_autofree char *label = g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                                               "Show All %u Day",
                                                               "Show All %u Days", days), days);

          append_show_all (self->history_table, label, "progress.history-all");
          break;
        }
      day = ladder_format_day (point->date);
      if (skill == NULL)
        text = day_of_all (self, point);
      else if (before == NULL)
        /* Translators: a day of one skill's ratings table */
        text = g_strdup_printf (C_("rating history", "Level %d"), (int) point->level);
      else if (point->level > before->level)
        /* Translators: a day of one skill's ratings table */
        text = g_strdup_printf (C_("rating history", "Level %d, up from %d"), (int) point->level,
                                (int) before->level);
      else
        /* Translators: a day of one skill's ratings table */
        text = g_strdup_printf (C_("rating history", "Level %d, down from %d"),
                                (int) point->level, (int) before->level);
      row = adw_action_row_new ();
      escaped = g_markup_escape_text (day, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      g_free (escaped);
      escaped = g_markup_escape_text (text, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      gtk_list_box_append (self->history_table, row);
      shown++;
    }
}

static void
rebuild (LadderProgressView *self)
{
  g_autofree char *start = NULL;
  const char *skill = NULL;
  guint shown = 0, n;

  g_ptr_array_set_size (self->rows, 0);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL;)
    gtk_list_box_remove (self->list, child);
  if (self->profile == NULL)
    return;

  n = ladder_profile_get_n_evidence (self->profile);
  start = period_start (gtk_drop_down_get_selected (self->period_filter));
  {
    guint chosen = gtk_drop_down_get_selected (self->skill_filter);

    if (chosen > 0 && chosen <= self->filter_skills->len)
      skill = g_ptr_array_index (self->filter_skills, chosen - 1);
  }
  gtk_widget_set_visible (self->due_box, !ladder_profile_get_read_only (self->profile) &&
                                         check_in_due (self->profile));
  show_checkins (self);
  /* The ratings over time follow the skill filter: one skill, or the average of all. */
  ladder_history_chart_show (self->chart, self->profile, skill);
  if (skill != NULL)
    {
      /* Translators: under the ratings chart; %s is a skill */
      g_autofree char *caption = g_strdup_printf (_("Your level in “%s”, as you rated it"),
                                                  ladder_profile_get_skill_title (self->profile,
                                                                                  skill));

      gtk_label_set_text (self->chart_caption, caption);
    }
  else
    gtk_label_set_text (self->chart_caption, _("The average of all your current levels, as you "
                                               "rated them; choose a skill to see one"));
  gtk_widget_set_visible (GTK_WIDGET (self->history_stack),
                          ladder_history_chart_get_n_points (self->chart) > 0);
  if (ladder_history_chart_get_n_points (self->chart) == 0)
    gtk_label_set_text (self->chart_caption, _("Each change of a current level in Skills is "
                                               "remembered here, one point a day."));
  gtk_widget_set_visible (GTK_WIDGET (self->as_table),
                          ladder_history_chart_get_n_points (self->chart) > 0);
  gtk_stack_set_visible_child_name (self->history_stack,
                                    gtk_toggle_button_get_active (self->as_table) ? "table"
                                                                                 : "chart");
  show_history_table (self, skill);

  g_ptr_array_set_size (self->rows, n);
  for (guint i = n; i > 0; i--)
    {
      const LadderEvidence *evidence = ladder_profile_get_evidence (self->profile, i - 1);
      GtkWidget *row;

      if (skill != NULL && g_strcmp0 (evidence->skill, skill) != 0)
        continue;
      if (start != NULL && (evidence->date == NULL || strcmp (evidence->date, start) < 0))
        continue;
      if (shown == ROWS_SHOWN && !self->show_all)
        {
          /* The rest on request: thousands of rows would hold up the window. */
          /* Translators: below the newest 100 evidence entries; the plural follows the total */
          g_autofree char *label = g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                                               "Show All %u Entry",
                                                               "Show All %u Entries", n), n);

          append_show_all (self->list, label, "progress.show-all");
          break;
        }
      row = evidence_row (self, i - 1, evidence);
      self->rows->pdata[i - 1] = row;
      gtk_list_box_append (self->list, row);
      shown++;
    }
  gtk_label_set_text (self->count_label, "");
  if (n > 0)
    {
      g_autofree char *count = NULL;

      if (shown == n)
        count = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);
      else
        /* Translators: "3 of 12 entries shown"; the plural follows the total */
        count = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u of %u entry shown",
                                            "%u of %u entries shown", n), shown, n);
      gtk_label_set_text (self->count_label, count);
    }
  gtk_stack_set_visible_child_name (self->stack, n == 0 ? "empty" : shown == 0 ? "none"
                                                                             : "list");
}

/* The skill filter lists the profile's skills; the choice is kept across rebuilds. */
static void
refresh_skill_filter (LadderProgressView *self)
{
  const char *chosen = NULL;
  g_autofree char *keep = NULL;
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  if (gtk_drop_down_get_selected (self->skill_filter) > 0 &&
      gtk_drop_down_get_selected (self->skill_filter) <= self->filter_skills->len)
    chosen = g_ptr_array_index (self->filter_skills,
                                gtk_drop_down_get_selected (self->skill_filter) - 1);
  keep = g_strdup (chosen);
  g_ptr_array_set_size (self->filter_skills, 0);
  gtk_string_list_append (names, _("All skills"));
  for (guint i = 0; self->profile != NULL && i < ladder_profile_get_n_skills (self->profile);
       i++)
    {
      const LadderProfileSkill *skill = ladder_profile_get_skill (self->profile, i);
      const char *title = ladder_profile_get_skill_title (self->profile, skill->id);

      g_ptr_array_add (self->filter_skills, g_strdup (skill->id));
      gtk_string_list_append (names, title != NULL ? title : skill->id);
      if (g_strcmp0 (keep, skill->id) == 0)
        selected = self->filter_skills->len;
    }
  g_signal_handlers_block_by_func (self->skill_filter, rebuild, self);
  gtk_drop_down_set_model (self->skill_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->skill_filter, selected);
  g_signal_handlers_unblock_by_func (self->skill_filter, rebuild, self);
}

static void
on_skills_changed_cb (LadderProgressView *self)
{
  refresh_skill_filter (self);
  rebuild (self);
}

/* ---- Adding and editing ------------------------------------------------------------------- */

typedef struct
{
  LadderProgressView *self;
  int index;             /* the entry edited, or -1 for a new one */
  GtkEditable *text;
  GtkEditable *outcome;
  GtkEditable *link;
  GtkEditable *date;
  GtkDropDown *skill;
  GPtrArray *skills;
  GtkDropDown *item;
  GPtrArray *items;      /* plan item ids, in the drop-down's order after "no plan item" */
  GtkCheckButton *raise; /* raise the step's skill to the level it reaches; nullable */
  char *raise_skill;
  int raise_level;
} EditData;

static void
edit_data_free (gpointer  data,
                GClosure *closure)
{
  EditData *edit = data;

  g_object_unref (edit->self);
  g_clear_pointer (&edit->skills, g_ptr_array_unref);
  g_clear_pointer (&edit->items, g_ptr_array_unref);
  g_free (edit->raise_skill);
  g_free (edit);
}

static void
on_edit_changed_cb (GtkEditable *editable,
                    EditData    *edit)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (editable), ADW_TYPE_MESSAGE_DIALOG);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (edit->text)));
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (edit->date)));
  gboolean date_ok = *date == '\0' || ladder_format_is_day (date);

  if (date_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (edit->date), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (edit->date), "error");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save",
                                           *text != '\0' && date_ok);
}

static void
on_edit_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     EditData         *edit)
{
  LadderProgressView *self = edit->self;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (edit->text)));
  g_autofree char *outcome = g_strstrip (g_strdup (gtk_editable_get_text (edit->outcome)));
  g_autofree char *link = g_strstrip (g_strdup (gtk_editable_get_text (edit->link)));
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (edit->date)));
  guint skill = gtk_drop_down_get_selected (edit->skill);
  guint item = gtk_drop_down_get_selected (edit->item);
  LadderEvidence *evidence;

  if (g_strcmp0 (response, "save") != 0 || *text == '\0' || self->profile == NULL ||
      (*date != '\0' && !ladder_format_is_day (date)))
    return;
  evidence = ladder_evidence_new (date,
                                  skill > 0 && skill <= edit->skills->len
                                    ? g_ptr_array_index (edit->skills, skill - 1) : NULL,
                                  text, outcome, link,
                                  item > 0 && item <= edit->items->len
                                    ? g_ptr_array_index (edit->items, item - 1) : NULL);
  if (edit->index >= 0 && (guint) edit->index < ladder_profile_get_n_evidence (self->profile))
    ladder_profile_replace_evidence (self->profile, edit->index, evidence);
  else
    ladder_profile_add_evidence (self->profile, evidence);
  if (edit->raise != NULL && gtk_check_button_get_active (edit->raise))
    {
      const LadderProfileSkill *skill = ladder_profile_lookup_skill (self->profile,
                                                                     edit->raise_skill);

      /* One step with the evidence: both happen in this same turn of the main loop. */
      if (skill != NULL && skill->current < edit->raise_level)
        ladder_profile_set_skill_levels (self->profile, skill->id, edit->raise_level,
                                         MAX (skill->target, edit->raise_level));
    }
}

static void
open_editor (LadderProgressView   *self,
             int                   index,
             const LadderEvidence *evidence)
{
  EditData *edit = g_new0 (EditData, 1);
  g_autofree char *now = ladder_profile_today ();
  g_autoptr (GtkStringList) items = gtk_string_list_new (NULL);
  GtkWidget *dialog, *box;
  guint chosen_item = 0;

  edit->self = g_object_ref (self);
  edit->index = index;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   index >= 0 ? _("Edit Evidence") : _("Log Evidence"), NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  edit->text = GTK_EDITABLE (ladder_form_entry (box, _("What you did"), evidence->text));
  gtk_entry_set_max_length (GTK_ENTRY (edit->text), 10000);
  edit->outcome = GTK_EDITABLE (ladder_form_entry (box, _("What came of it"),
                                                   evidence->outcome));
  gtk_entry_set_max_length (GTK_ENTRY (edit->outcome), 10000);
  edit->link = GTK_EDITABLE (ladder_form_entry (box, _("Link (optional)"), evidence->link));
  /* Translators: the date field of an evidence entry */
  edit->date = GTK_EDITABLE (ladder_form_entry (box, _("Date"),
                                                evidence->date != NULL ? evidence->date : now));
  /* Translators: how a date is typed; keep the digits' order as it is */
  gtk_entry_set_placeholder_text (GTK_ENTRY (edit->date), _("YYYY-MM-DD"));
  edit->skill = ladder_form_skill_choice (self->profile, evidence->skill, &edit->skills);
  ladder_form_widget (box, _("Skill"), GTK_WIDGET (edit->skill));

  /* Translators: evidence that belongs to no plan item */
  gtk_string_list_append (items, _("No plan item"));
  edit->items = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < ladder_profile_get_n_plan_items (self->profile); i++)
    {
      const LadderPlanItem *plan_item = ladder_profile_get_plan_item (self->profile, i);

      if (g_str_equal (plan_item->kind, "goal"))
        continue;
      g_ptr_array_add (edit->items, g_strdup (plan_item->id));
      gtk_string_list_append (items, plan_item->title);
      if (g_strcmp0 (evidence->plan_item, plan_item->id) == 0)
        chosen_item = edit->items->len;
    }
  edit->item = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (items)), NULL));
  gtk_drop_down_set_selected (edit->item, chosen_item);
  /* Long plan items must not make the dialog as wide as they are. */
  gtk_widget_set_size_request (GTK_WIDGET (edit->item), 360, -1);
  ladder_form_widget (box, _("Plan item"), GTK_WIDGET (edit->item));

  /* A step done is a level reached: offer to say so in Skills at once. */
  if (index < 0 && evidence->plan_item != NULL)
    {
      const LadderPlanItem *item = ladder_profile_lookup_plan_item (self->profile,
                                                                    evidence->plan_item, NULL);
      int reach = item != NULL ? ladder_planner_item_reach (item) : -1;
      const LadderProfileSkill *skill = reach > 0 ? ladder_profile_lookup_skill (self->profile,
                                                                                 item->skill)
                                                  : NULL;

      if (skill != NULL && skill->current < reach)
        {
          /* Translators: a check box when logging a plan step's evidence: %1$s is a skill,
           * %2$d the level the step reaches */
          g_autofree char *label = g_strdup_printf (_("Raise “%1$s” to level %2$d"),
                                                    ladder_profile_get_skill_title (self->profile,
                                                                                    skill->id),
                                                    reach);

          edit->raise = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (label));
          gtk_check_button_set_active (edit->raise, TRUE);
          gtk_widget_set_margin_top (GTK_WIDGET (edit->raise), 6);
          edit->raise_skill = g_strdup (skill->id);
          edit->raise_level = reach;
          gtk_box_append (GTK_BOX (box), GTK_WIDGET (edit->raise));
        }
    }

  gtk_widget_set_size_request (box, 360, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", index >= 0 ? _("_Save") : _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save",
                                           evidence->text != NULL && *evidence->text != '\0');
  g_signal_connect (edit->text, "changed", G_CALLBACK (on_edit_changed_cb), edit);
  g_signal_connect (edit->date, "changed", G_CALLBACK (on_edit_changed_cb), edit);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_edit_response_cb), edit,
                         edit_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LadderProgressView *self = LADDER_PROGRESS_VIEW (widget);
  LadderEvidence blank = { 0 };

  if (self->profile != NULL && !ladder_profile_get_read_only (self->profile))
    open_editor (self, -1, &blank);
}

/**
 * ladder_progress_view_log_item:
 *
 * Opens "Log Evidence" filled in from a plan item: its words, the evidence it expects as the
 * outcome, its skill, and the item itself.
 */
void
ladder_progress_view_log_item (LadderProgressView *self,
                               const char         *item_id)
{
  const LadderPlanItem *item;
  LadderEvidence evidence = { 0 };

  g_return_if_fail (LADDER_IS_PROGRESS_VIEW (self));

  if (self->profile == NULL || ladder_profile_get_read_only (self->profile))
    return;
  item = ladder_profile_lookup_plan_item (self->profile, item_id, NULL);
  if (item == NULL)
    return;
  evidence.text = item->title;
  evidence.outcome = item->outcome;
  evidence.skill = item->skill;
  evidence.plan_item = item->id;
  open_editor (self, -1, &evidence);
}

/* The entry a row's action is for, or NULL when it is gone. */
static const LadderEvidence *
entry_of (LadderProgressView *self,
          GVariant           *parameter,
          guint              *index)
{
  *index = g_variant_get_uint32 (parameter);
  if (self->profile == NULL || *index >= ladder_profile_get_n_evidence (self->profile))
    return NULL;
  return ladder_profile_get_evidence (self->profile, *index);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadderProgressView *self = LADDER_PROGRESS_VIEW (widget);
  guint index;
  const LadderEvidence *evidence = entry_of (self, parameter, &index);

  if (evidence != NULL)
    open_editor (self, index, evidence);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadderProgressView *self = LADDER_PROGRESS_VIEW (widget);
  guint index;
  const LadderEvidence *evidence = entry_of (self, parameter, &index);
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;

  if (evidence == NULL)
    return;
  text = g_strdup (evidence->text);
  ladder_profile_remove_evidence (self->profile, index);
  /* Translators: %s is what the person did */
  message = g_strdup_printf (C_("evidence", "“%s” removed"), text);
  ladder_toast_show_undo (GTK_WIDGET (self), message);
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LadderProgressView *self = LADDER_PROGRESS_VIEW (widget);

  self->show_all = TRUE;
  rebuild (self);
}

static void
history_all_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LadderProgressView *self = LADDER_PROGRESS_VIEW (widget);

  self->history_all = TRUE;
  rebuild (self);
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LadderProgressView *self = LADDER_PROGRESS_VIEW (widget);
  guint index;
  const LadderEvidence *evidence = entry_of (self, parameter, &index);

  if (evidence == NULL)
    return;
  /* Only a web link, and only on a click: through the desktop portal where there is one. */
  if (is_web_link (evidence->link))
    gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (widget)), evidence->link, GDK_CURRENT_TIME);
}

/* ---- The quarterly check-in ------------------------------------------------------------- */

/* The quarter of the plan a day falls in, as an index from 0, or -1 outside the plan. */
static int
plan_quarter_of (LadderProfile *profile,
                 GDateTime     *day)
{
  guint year, quarter;

  if (!ladder_planner_quarter_now (ladder_profile_get_plan_generated (profile), day, &year,
                                   &quarter))
    return -1;
  return (year - 1) * 4 + quarter - 1;
}

/* A check-in is due when the plan has begun and the last one (or the plan's making) was in an
 * earlier quarter of it. */
static gboolean
check_in_due (LadderProfile *profile)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) last = NULL;
  guint n = ladder_profile_get_n_checkins (profile);
  int current = plan_quarter_of (profile, now);

  if (current < 0 || ladder_profile_get_n_plan_items (profile) == 0)
    return FALSE;
  if (n > 0)
    {
      g_autofree char *iso = g_strdup_printf ("%sT12:00:00Z",
                                              ladder_profile_get_checkin_date (profile, n - 1));

      last = g_date_time_new_from_iso8601 (iso, NULL);
    }
  return last == NULL || plan_quarter_of (profile, last) < current;
}

typedef struct
{
  LadderProgressView *self;
  GPtrArray *ids;      /* the items in the dialog */
  GPtrArray *choices;  /* their GtkDropDown: keep, done, move on */
  GtkEditable *note;
  char *quarter;
  GPtrArray *skills;   /* the skills the listed items work on */
  GPtrArray *ratings;  /* their GtkDropDown of levels 0–5 */
} CheckIn;

static void
check_in_free (gpointer  data,
               GClosure *closure)
{
  CheckIn *check_in = data;

  g_object_unref (check_in->self);
  g_ptr_array_unref (check_in->ids);
  g_ptr_array_unref (check_in->choices);
  g_ptr_array_unref (check_in->skills);
  g_ptr_array_unref (check_in->ratings);
  g_free (check_in->quarter);
  g_free (check_in);
}

static void
on_check_in_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         CheckIn          *check_in)
{
  LadderProgressView *self = check_in->self;
  g_autoptr (GPtrArray) done = g_ptr_array_new ();
  g_autoptr (GPtrArray) moved = g_ptr_array_new ();
  g_autofree char *note = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "check-in") != 0 || self->profile == NULL)
    return;
  for (guint i = 0; i < check_in->ids->len; i++)
    {
      guint choice = gtk_drop_down_get_selected (g_ptr_array_index (check_in->choices, i));

      if (choice == 1)
        g_ptr_array_add (done, g_ptr_array_index (check_in->ids, i));
      else if (choice == 2)
        g_ptr_array_add (moved, g_ptr_array_index (check_in->ids, i));
    }
  g_ptr_array_add (done, NULL);
  g_ptr_array_add (moved, NULL);
  note = g_strstrip (g_strdup (gtk_editable_get_text (check_in->note)));
  /* The skills re-rated here: in the same step as the check-in (one turn of the main loop). */
  for (guint i = 0; i < check_in->skills->len; i++)
    {
      const LadderProfileSkill *skill = ladder_profile_lookup_skill (
        self->profile, g_ptr_array_index (check_in->skills, i));
      int level = (int) gtk_drop_down_get_selected (g_ptr_array_index (check_in->ratings, i));

      if (skill != NULL && level != skill->current && level <= LADDER_LEVEL_MAX)
        ladder_profile_set_skill_levels (self->profile, skill->id, level,
                                         MAX (skill->target, level));
    }
  ladder_profile_check_in (self->profile, check_in->quarter, (const char * const *) done->pdata,
                           (const char * const *) moved->pdata, note);
  /* Translators: after a check-in; the plural follows the number of items moved on */
  message = g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                        "Checked in: %u done, %u moved to the next quarter",
                                        "Checked in: %u done, %u moved to the next quarter",
                                        moved->len - 1),
                             done->len - 1, moved->len - 1);
  ladder_toast_show_undo (GTK_WIDGET (self), message);
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LadderProgressView *self = LADDER_PROGRESS_VIEW (widget);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  const char *generated;
  CheckIn *check_in;
  GtkWidget *dialog, *box, *list, *hint;
  g_autofree char *body = NULL;
  guint year = 1, quarter = 1;
  const char *choices[] = { _("Keep"), C_("check-in", "Done"), _("Move On"), NULL };

  if (self->profile == NULL || ladder_profile_get_read_only (self->profile))
    return;
  generated = ladder_profile_get_plan_generated (self->profile);
  ladder_planner_quarter_now (generated, now, &year, &quarter);
  check_in = g_new0 (CheckIn, 1);
  check_in->self = g_object_ref (self);
  check_in->ids = g_ptr_array_new_with_free_func (g_free);
  check_in->choices = g_ptr_array_new ();
  check_in->skills = g_ptr_array_new_with_free_func (g_free);
  check_in->ratings = g_ptr_array_new ();
  check_in->quarter = ladder_planner_quarter_label (generated, year, quarter);

  /* Translators: the check-in's question; %s is the quarter ("2027 Q2") */
  body = g_strdup_printf (_("Where you stand in %s: what got done, and what slipped and moves "
                            "on to the next quarter."), check_in->quarter);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Quarterly Check-In"), body);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  /* What is due by now and not done: this quarter's items and the late ones. */
  for (guint i = 0; i < ladder_profile_get_n_plan_items (self->profile); i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (self->profile, i);
      GtkWidget *row, *choice;
      g_autofree char *title = NULL, *when = NULL;

      if (item->status == LADDER_STATUS_DONE || g_str_equal (item->kind, "goal") ||
          ladder_planner_item_last_quarter (item) > (int) ((year - 1) * 4 + quarter - 1) ||
          check_in->ids->len >= 30)
        continue;
      row = adw_action_row_new ();
      title = g_markup_escape_text (item->title, -1);
      when = ladder_planner_quarter_label (generated, item->year, item->quarter);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      choice = gtk_drop_down_new_from_strings (choices);
      gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
      ladder_form_name_choice (GTK_DROP_DOWN (choice), item->title);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), choice);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (check_in->ids, g_strdup (item->id));
      g_ptr_array_add (check_in->choices, choice);
      if (item->skill != NULL && check_in->skills->len < 8 &&
          ladder_profile_lookup_skill (self->profile, item->skill) != NULL &&
          !g_ptr_array_find_with_equal_func (check_in->skills, item->skill, g_str_equal, NULL))
        g_ptr_array_add (check_in->skills, g_strdup (item->skill));
    }
  if (check_in->ids->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("Nothing is due or late: every item up to now is done."));

      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_box_append (GTK_BOX (box), none);
      g_object_ref_sink (list);
      g_object_unref (list);
    }
  else
    gtk_box_append (GTK_BOX (box), ladder_form_scroller (list, 320));
  if (check_in->skills->len > 0)
    {
      /* Re-rate, right here, the skills the quarter's items worked on. */
      GtkWidget *ratings = gtk_list_box_new ();
      const char *levels[] = { "0", "1", "2", "3", "4", "5", NULL };
      GtkWidget *heading = gtk_label_new (_("Your level now in the skills the quarter touched"));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_widget_add_css_class (heading, "heading");
      gtk_box_append (GTK_BOX (box), heading);
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (ratings), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (ratings, "boxed-list");
      for (guint i = 0; i < check_in->skills->len; i++)
        {
          const char *id = g_ptr_array_index (check_in->skills, i);
          const LadderProfileSkill *skill = ladder_profile_lookup_skill (self->profile, id);
          g_autofree char *title = g_markup_escape_text (
            ladder_profile_get_skill_title (self->profile, id), -1);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *level = gtk_drop_down_new_from_strings (levels);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          gtk_drop_down_set_selected (GTK_DROP_DOWN (level), skill->current);
          gtk_widget_set_valign (level, GTK_ALIGN_CENTER);
          ladder_form_name_choice (GTK_DROP_DOWN (level),
                                   ladder_profile_get_skill_title (self->profile, id));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), level);
          gtk_list_box_append (GTK_LIST_BOX (ratings), row);
          g_ptr_array_add (check_in->ratings, level);
        }
      gtk_box_append (GTK_BOX (box), ladder_form_scroller (ratings, 220));
    }
  check_in->note = GTK_EDITABLE (ladder_form_entry (box, _("What to change next quarter"),
                                                    NULL));
  gtk_entry_set_max_length (GTK_ENTRY (check_in->note), 10000);
  hint = gtk_label_new (_("Then log what shows it in the evidence log."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), hint);
  gtk_widget_set_size_request (box, 420, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "check-in", _("_Check In"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "check-in",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_check_in_response_cb), check_in,
                         check_in_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- The widget --------------------------------------------------------------------------- */

GtkWidget *
ladder_progress_view_get_row (LadderProgressView *self,
                              guint               index)
{
  g_return_val_if_fail (LADDER_IS_PROGRESS_VIEW (self), NULL);
  return index < self->rows->len ? g_ptr_array_index (self->rows, index) : NULL;
}

static void
ladder_progress_view_set_profile (LadderProgressView *self,
                                  LadderProfile      *profile)
{
  if (self->profile == profile)
    return;
  g_signal_group_set_target (self->profile_signals, NULL);
  g_set_object (&self->profile, profile);
  g_signal_group_set_target (self->profile_signals, profile);
  self->show_all = FALSE;
  self->history_all = FALSE;
  refresh_skill_filter (self);
  rebuild (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.add",
                                 profile != NULL && !ladder_profile_get_read_only (profile));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

static void
ladder_progress_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LadderProgressView *self = LADDER_PROGRESS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROFILE: g_value_set_object (value, self->profile); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_progress_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LadderProgressView *self = LADDER_PROGRESS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROFILE: ladder_progress_view_set_profile (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_progress_view_dispose (GObject *object)
{
  LadderProgressView *self = LADDER_PROGRESS_VIEW (object);

  g_clear_object (&self->profile_signals);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->filter_skills, g_ptr_array_unref);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  G_OBJECT_CLASS (ladder_progress_view_parent_class)->dispose (object);
}

static void
ladder_progress_view_class_init (LadderProgressViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_progress_view_dispose;
  object_class->get_property = ladder_progress_view_get_property;
  object_class->set_property = ladder_progress_view_set_property;
  properties[PROP_PROFILE] = ladder_profile_param_spec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "progress.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "progress.edit", "u", edit_action);
  gtk_widget_class_install_action (widget_class, "progress.remove", "u", remove_action);
  gtk_widget_class_install_action (widget_class, "progress.open-link", "u", open_link_action);
  gtk_widget_class_install_action (widget_class, "progress.show-all", NULL, show_all_action);
  gtk_widget_class_install_action (widget_class, "progress.history-all", NULL,
                                   history_all_action);
  gtk_widget_class_install_action (widget_class, "progress.check-in", NULL, check_in_action);
}

static void
section_heading (GtkWidget  *box,
                 const char *text,
                 int         space_above)
{
  GtkWidget *heading = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, space_above);
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  if (LADDER_IS_WRAP_BOX (box))
    ladder_wrap_box_append (LADDER_WRAP_BOX (box), heading);
  else
    gtk_box_append (GTK_BOX (box), heading);
}

static void
ladder_progress_view_init (LadderProgressView *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  /* The buttons go under the title on a narrow window. */
  GtkWidget *header = ladder_wrap_box_new (12);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (C_("view", "Progress"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Log Evidence…"));
  GtkWidget *filters = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *none = adw_status_page_new ();
  GtkWidget *empty_add = gtk_button_new_with_mnemonic (_("_Log Evidence…"));
  const char *periods[] = { _("All time"), _("Last 3 months"), _("Last 12 months"), NULL };

  self->rows = g_ptr_array_new ();
  self->filter_skills = g_ptr_array_new_with_free_func (g_free);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->count_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_box_append (GTK_BOX (titles), title);
  gtk_box_append (GTK_BOX (titles), GTK_WIDGET (self->count_label));
  gtk_widget_set_hexpand (titles, TRUE);
  ladder_wrap_box_append (LADDER_WRAP_BOX (header), titles);
  {
    GtkWidget *check_in = gtk_button_new_with_mnemonic (_("Check _In…"));

    gtk_actionable_set_action_name (GTK_ACTIONABLE (check_in), "progress.check-in");
    gtk_widget_set_valign (check_in, GTK_ALIGN_CENTER);
    ladder_wrap_box_append (LADDER_WRAP_BOX (header), check_in);
  }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "progress.add");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  ladder_wrap_box_append (LADDER_WRAP_BOX (header), add);
  gtk_box_append (GTK_BOX (box), header);
  {
    /* A quarter has passed since the last check-in: said at the top, with the way to do it. */
    GtkWidget *label = gtk_label_new (_("A quarter of your plan has passed since you last "
                                        "checked in."));
    GtkWidget *button = gtk_button_new_with_mnemonic (_("Check In _Now…"));

    self->due_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
    gtk_widget_add_css_class (self->due_box, "card");
    gtk_widget_add_css_class (self->due_box, "check-in-due");
    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_widget_set_hexpand (label, TRUE);
    gtk_widget_set_margin_start (label, 12);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "progress.check-in");
    gtk_widget_add_css_class (button, "suggested-action");
    gtk_widget_set_margin_top (button, 8);
    gtk_widget_set_margin_bottom (button, 8);
    gtk_widget_set_margin_end (button, 8);
    gtk_box_append (GTK_BOX (self->due_box), label);
    gtk_box_append (GTK_BOX (self->due_box), button);
    gtk_widget_set_visible (self->due_box, FALSE);
    gtk_box_append (GTK_BOX (box), self->due_box);
  }

  self->skill_filter = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->skill_filter),
                               _("Show one skill's ratings and evidence"));
  ladder_form_name_choice (self->skill_filter, _("Skill"));
  self->period_filter = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (periods));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->period_filter),
                               _("Show evidence from one period"));
  ladder_form_name_choice (self->period_filter, _("Period"));
  g_signal_connect_swapped (self->skill_filter, "notify::selected", G_CALLBACK (rebuild), self);
  g_signal_connect_swapped (self->period_filter, "notify::selected", G_CALLBACK (rebuild), self);
  gtk_box_append (GTK_BOX (filters), GTK_WIDGET (self->skill_filter));
  gtk_box_append (GTK_BOX (filters), GTK_WIDGET (self->period_filter));
  gtk_box_append (GTK_BOX (box), filters);

  {
    GtkWidget *heading_box = ladder_wrap_box_new (12);

    section_heading (heading_box, _("Ratings Over Time"), 6);
    /* The same points as a table: for a screen reader, and for anyone who wants the days. */
    self->as_table = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("Show as _Table")));
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->as_table),
                                 _("Show the ratings day by day, with what changed"));
    gtk_widget_add_css_class (GTK_WIDGET (self->as_table), "flat");
    gtk_widget_set_valign (GTK_WIDGET (self->as_table), GTK_ALIGN_END);
    g_signal_connect_swapped (self->as_table, "toggled", G_CALLBACK (rebuild), self);
    ladder_wrap_box_append (LADDER_WRAP_BOX (heading_box), GTK_WIDGET (self->as_table));
    gtk_box_append (GTK_BOX (box), heading_box);
    self->history_table = GTK_LIST_BOX (gtk_list_box_new ());
    gtk_list_box_set_selection_mode (self->history_table, GTK_SELECTION_NONE);
    gtk_widget_add_css_class (GTK_WIDGET (self->history_table), "boxed-list");
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->history_table),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Ratings by day"), -1);
    self->chart = LADDER_HISTORY_CHART (ladder_history_chart_new ());
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Ratings over time"), -1);
    self->chart_caption = GTK_LABEL (gtk_label_new (NULL));
    gtk_label_set_xalign (self->chart_caption, 0);
    gtk_label_set_wrap (self->chart_caption, TRUE);
    gtk_widget_add_css_class (GTK_WIDGET (self->chart_caption), "dim-label");
    gtk_widget_add_css_class (GTK_WIDGET (self->chart_caption), "caption");
    self->history_stack = GTK_STACK (gtk_stack_new ());
    gtk_stack_set_vhomogeneous (self->history_stack, FALSE);
    gtk_stack_add_named (self->history_stack, GTK_WIDGET (self->chart), "chart");
    gtk_stack_add_named (self->history_stack, GTK_WIDGET (self->history_table), "table");
    ladder_accessible_name_pages (self->history_stack, _("Ratings over time"));
    gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->history_stack));
    gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->chart_caption));
  }
  {
    GtkWidget *list = gtk_list_box_new ();

    self->checkins = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
    section_heading (self->checkins, _("Check-Ins"), 12);
    gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Past check-ins"), -1);
    gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
    gtk_widget_add_css_class (list, "boxed-list");
    gtk_box_append (GTK_BOX (self->checkins), list);
    gtk_widget_set_visible (self->checkins, FALSE);
    gtk_box_append (GTK_BOX (box), self->checkins);
  }
  section_heading (box, _("Evidence Log"), 12);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Evidence log"), -1);
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-open-recent-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Evidence Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Log what you did and what came of it, with the skill it "
                                     "shows: it is what a promotion case is made of."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (empty_add), "progress.add");
  gtk_widget_set_halign (empty_add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (empty_add, "pill");
  gtk_widget_add_css_class (empty_add, "suggested-action");
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), empty_add);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _("Nothing Matches"));
  adw_status_page_set_description (ADW_STATUS_PAGE (none),
                                   _("No evidence for this skill in this period."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->list), "list");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_add_named (self->stack, none, "none");
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  ladder_accessible_name_pages (self->stack, _("Evidence log"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->profile_signals = g_signal_group_new (LADDER_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "evidence-changed", G_CALLBACK (rebuild),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->profile_signals, "plan-changed", G_CALLBACK (rebuild),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->profile_signals, "skills-changed",
                                 G_CALLBACK (on_skills_changed_cb), self, G_CONNECT_SWAPPED);
  refresh_skill_filter (self);
  rebuild (self);
}
