/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Plan view: a group per year with its progress, a row per item with its status; edit, add,
 * remove with undo, move within the year, and regenerate (asking first when it would matter). */
#define G_LOG_DOMAIN "ladder-plan-view"

#include "config.h"

#include "ladder-i18n.h"

#include "core/ladder-planner.h"
#include "ladder-profile-property.h"
#include "ladder-accessible.h"
#include "ladder-form.h"
#include "ladder-plan-view.h"
#include "core/ladder-format.h"
#include "ladder-toast.h"

struct _LadderPlanView
{
  GtkWidget parent_instance;

  LadderProfile *profile;
  GSignalGroup *profile_signals;
  GHashTable *rows; /* item id → row */
  GHashTable *first_steps; /* ids of each skill's first step, as of the last rebuild */

  GtkStack *stack;
  GtkLabel *summary_label;
  GtkBox *years_box;
  GtkWidget *fit_box;
  GtkWidget *language_box;
  GtkLabel *fit_label;
  GtkWidget *horizon_button;
  GtkWidget *target_button;
  GPtrArray *groups;     /* AdwPreferencesGroup per year, from year 1 */
  gboolean in_place;     /* a change the rows already show: do not rebuild */
  gboolean updating;     /* the rows are being given the profile's values, not the person's */
  char *layout;          /* what the rows stand for, as of the last rebuild (layout_key()) */

  guint show_all;     /* years (bits) whose every item is shown, however many */
  gboolean stale;     /* the plan changed while hidden */
  gboolean fit_stale; /* the profile changed while hidden: whether the target fits, again */
};

G_DEFINE_FINAL_TYPE (LadderPlanView, ladder_plan_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
status_label (LadderStatus status)
{
  switch (status)
    {
    case LADDER_STATUS_PLANNED: return _("Planned");
    case LADDER_STATUS_IN_PROGRESS: return _("In progress");
    case LADDER_STATUS_DONE: return _("Done");
    default: g_assert_not_reached ();
    }
}

static char *
progress_text (LadderPlanView *self,
               guint           year)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  const char *generated = ladder_profile_get_plan_generated (self->profile);
  g_autofree char *progress = NULL;
  guint total = 0, done = 0, late = 0;

  for (guint i = 0; i < ladder_profile_get_n_plan_items (self->profile); i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (self->profile, i);

      if (item->year != year || g_str_equal (item->kind, "goal"))
        continue;
      total++;
      done += item->status == LADDER_STATUS_DONE;
      late += ladder_planner_item_is_late (generated, item, now);
    }
  progress = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u of %u item done",
                                         "%u of %u items done", total),
                              done, total);
  if (late == 0)
    return g_steal_pointer (&progress);
  /* Where the person stands against the calendar: "2 of 5 items done, 1 late" */
  {
    /* Translators: plan items whose quarter is over and that are not done; follows "2 of 5
     * items done, " */
    g_autofree char *behind = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u late",
                                                          "%u late", late), late);

    return g_strdup_printf ("%s%s%s", progress, C_("list separator", ", "), behind);
  }
}

/* The drop-down's own button is what takes the focus: it says which item it is for and the
 * status it shows, so that a screen reader speaks both, before and after a change. */
static void
name_status (GtkWidget  *dropdown,
             const char *title,
             guint       status)
{
  /* Translators: the accessible name of a plan item's status button: the item, then its status,
   * "Status of “Learn how the web works”: In progress" */
  g_autofree char *label = g_strdup_printf (_("Status of “%s”: %s"), title, status_label (status));

  ladder_form_label_choice_button (GTK_DROP_DOWN (dropdown), label);
}

/* A status change keeps the rows (and the keyboard focus) where they are. */
static void rebuild (LadderPlanView *self);
static void refresh (LadderPlanView *self);
static void update_fit (LadderPlanView *self);
static void fill_row (LadderPlanView       *self,
                      GtkWidget            *row,
                      const LadderPlanItem *item);

/* The year's "2 of 5 items done", under its title. */
static void
update_progress (LadderPlanView *self,
                 guint           year)
{
  g_autofree char *progress = NULL;

  if (year < 1 || year > self->groups->len || g_ptr_array_index (self->groups, year - 1) == NULL)
    return;
  progress = progress_text (self, year);
  adw_preferences_group_set_description (g_ptr_array_index (self->groups, year - 1), progress);
}

static void
on_status_selected_cb (GtkDropDown    *dropdown,
                       GParamSpec     *pspec,
                       LadderPlanView *self)
{
  const char *id = g_object_get_data (G_OBJECT (dropdown), "item-id");
  guint selected = gtk_drop_down_get_selected (dropdown);
  const LadderPlanItem *item;
  GtkWidget *row;

  if (self->profile == NULL || self->updating || selected > LADDER_STATUS_DONE)
    return;
  self->in_place = TRUE;
  ladder_profile_set_plan_item_status (self->profile, id, (LadderStatus) selected);
  self->in_place = FALSE;

  item = ladder_profile_lookup_plan_item (self->profile, id, NULL);
  row = g_hash_table_lookup (self->rows, id);
  if (item == NULL || row == NULL)
    return;
  fill_row (self, row, item);
  if (item->status == LADDER_STATUS_DONE && !g_str_equal (item->kind, "goal"))
    {
      /* Done is the moment to write down what shows it. */
      g_autoptr (GVariant) target = g_variant_ref_sink (g_variant_new_string (id));
      g_autofree char *quoted = g_variant_print (target, FALSE);
      g_autofree char *action = g_strdup_printf ("win.log-evidence(%s)", quoted);
      /* Translators: %s is a plan item */
      g_autofree char *message = g_strdup_printf (_("“%s” done"), item->title);

      ladder_toast_show (GTK_WIDGET (self), message, _("_Log Evidence…"), action);
    }
  update_progress (self, item->year);
}

/* A hidden view rebuilds once when it is shown again, not on every change while hidden. Whether
 * the target fits follows the profile's "changed", which every plan change also emits. */
static void
on_plan_changed_cb (LadderPlanView *self)
{
  if (self->in_place)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  refresh (self);
}

static void
ladder_plan_view_map (GtkWidget *widget)
{
  LadderPlanView *self = LADDER_PLAN_VIEW (widget);

  if (self->stale)
    refresh (self);
  if (self->stale || self->fit_stale)
    update_fit (self);
  self->stale = FALSE;
  self->fit_stale = FALSE;
  GTK_WIDGET_CLASS (ladder_plan_view_parent_class)->map (widget);
}

static char *
item_subtitle (LadderPlanView       *self,
               const LadderPlanItem *item)
{
  GString *text = g_string_new (NULL);
  /* The person's own skills too, since an item can be given one. */
  const char *skill_name = item->skill != NULL
                           ? ladder_profile_get_skill_title (self->profile, item->skill) : NULL;

  if (item->quarter > 0)
    {
      g_autofree char *when = ladder_planner_quarter_label (
        ladder_profile_get_plan_generated (self->profile), item->year, item->quarter);

      g_string_append (text, when);
    }
  if (skill_name != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", skill_name);
  if (item->outcome != NULL && *item->outcome != '\0')
    {
      /* Translators: what an item's success looks like, "Outcome: feature live" */
      g_autofree char *outcome = g_strdup_printf (_("Outcome: %s"), item->outcome);

      g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", outcome);
    }
  if (self->first_steps != NULL)
    {
      /* What to learn from, on a line of its own under the skill's first step. */
      g_autofree char *resources = ladder_planner_item_resources (self->profile,
                                                                  self->first_steps, item);

      if (resources != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", resources);
    }
  return g_string_free (text, FALSE);
}

static void
append_item_action (GMenu      *menu,
                    const char *label,
                    const char *action,
                    const char *id)
{
  g_autoptr (GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (id));
  g_menu_append_item (menu, item);
}

/* ---- Drag and drop ----------------------------------------------------------------------
 * A row is dragged by its item id; dropped on the upper half of a row it goes before that row's
 * item, on the lower half after it, on a year's heading at the end of that year. The change is
 * made after the drop has returned, since it rebuilds the rows the drop is running on. */

typedef struct
{
  LadderPlanView *view;
  char *id;
  guint year;
  char *before_id;
} PlaceData;

static void
place_data_free (PlaceData *data)
{
  g_object_unref (data->view);
  g_free (data->id);
  g_free (data->before_id);
  g_free (data);
}

static gboolean
place_later_cb (gpointer user_data)
{
  PlaceData *data = user_data;

  if (data->view->profile != NULL && !ladder_profile_get_read_only (data->view->profile))
    ladder_profile_place_plan_item (data->view->profile, data->id, data->year, data->before_id);
  return G_SOURCE_REMOVE;
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    GtkWidget     *row)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, g_object_get_data (G_OBJECT (row),
                                                                            "item-id"));
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  GtkWidget     *row)
{
  g_autoptr (GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 24, 24);
  gtk_widget_add_css_class (row, "plan-dragged");
}

static void
on_drag_end_cb (GtkDragSource *source,
                GdkDrag       *drag,
                gboolean       delete_data,
                GtkWidget     *row)
{
  gtk_widget_remove_css_class (row, "plan-dragged");
}

static gboolean
drop_goes_before (GtkWidget *row,
                  double     y)
{
  return y < gtk_widget_get_height (row) / 2.0;
}

static GdkDragAction
on_drop_motion_cb (GtkDropTarget *target,
                   double         x,
                   double         y,
                   GtkWidget     *row)
{
  gboolean before = drop_goes_before (row, y);

  gtk_widget_remove_css_class (row, before ? "plan-drop-after" : "plan-drop-before");
  gtk_widget_add_css_class (row, before ? "plan-drop-before" : "plan-drop-after");
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave_cb (GtkDropTarget *target,
                  GtkWidget     *row)
{
  gtk_widget_remove_css_class (row, "plan-drop-before");
  gtk_widget_remove_css_class (row, "plan-drop-after");
}

static void
place_later (LadderPlanView *self,
             const char     *id,
             guint           year,
             const char     *before_id)
{
  PlaceData *data = g_new0 (PlaceData, 1);

  data->view = g_object_ref (self);
  data->id = g_strdup (id);
  data->year = year;
  data->before_id = g_strdup (before_id);
  g_idle_add_full (G_PRIORITY_DEFAULT, place_later_cb, data, (GDestroyNotify) place_data_free);
}

/* The id of a plan item of this profile that was dropped, or %NULL (text from elsewhere). */
static const char *
dropped_item (LadderPlanView *self,
              const GValue   *value)
{
  const char *dragged = g_value_get_string (value);

  if (self->profile == NULL || ladder_profile_get_read_only (self->profile) || dragged == NULL ||
      ladder_profile_lookup_plan_item (self->profile, dragged, NULL) == NULL)
    return NULL;
  return dragged;
}

static gboolean
on_row_drop_cb (GtkDropTarget *target,
                const GValue  *value,
                double         x,
                double         y,
                GtkWidget     *row)
{
  LadderPlanView *self = g_object_get_data (G_OBJECT (row), "plan-view");
  const char *dragged = dropped_item (self, value);
  const char *onto = g_object_get_data (G_OBJECT (row), "item-id");
  const LadderPlanItem *item;
  const char *before_id = onto;
  guint position;

  on_drop_leave_cb (target, row);
  if (dragged == NULL)
    return FALSE;
  item = ladder_profile_lookup_plan_item (self->profile, onto, &position);
  if (item == NULL)
    return FALSE;
  if (!drop_goes_before (row, y))
    {
      const LadderPlanItem *next = position + 1 < ladder_profile_get_n_plan_items (self->profile)
                                   ? ladder_profile_get_plan_item (self->profile, position + 1)
                                   : NULL;

      before_id = next != NULL && next->year == item->year ? next->id : NULL;
    }
  place_later (self, dragged, item->year, before_id);
  return TRUE;
}

static gboolean
on_year_drop_cb (GtkDropTarget *target,
                 const GValue  *value,
                 double         x,
                 double         y,
                 GtkWidget     *group)
{
  LadderPlanView *self = g_object_get_data (G_OBJECT (group), "plan-view");
  const char *dragged = dropped_item (self, value);

  if (dragged == NULL)
    return FALSE;
  place_later (self, dragged, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (group), "year")),
               NULL);
  return TRUE;
}

static void
make_draggable (LadderPlanView       *self,
                GtkWidget            *row,
                const LadderPlanItem *item)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_object_set_data_full (G_OBJECT (row), "item-id", g_strdup (item->id), g_free);
  g_object_set_data (G_OBJECT (row), "plan-view", self);
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), row);
  g_signal_connect (source, "drag-end", G_CALLBACK (on_drag_end_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  g_signal_connect (target, "motion", G_CALLBACK (on_drop_motion_cb), row);
  g_signal_connect (target, "leave", G_CALLBACK (on_drop_leave_cb), row);
  g_signal_connect (target, "drop", G_CALLBACK (on_row_drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

static void
create_item_menu_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  const char *id = g_object_get_data (G_OBJECT (button), "item-id");
  g_autoptr (GMenu) menu = g_menu_new ();
  g_autoptr (GMenu) moves = g_menu_new ();
  g_autoptr (GMenu) danger = g_menu_new ();

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;
  append_item_action (menu, _("_Edit…"), "plan.edit", id);
  append_item_action (moves, _("Move _Up"), "plan.move-up", id);
  append_item_action (moves, _("Move _Down"), "plan.move-down", id);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (moves));
  append_item_action (danger, _("_Remove"), "plan.remove", id);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static gboolean
shows_language (const LadderPlanItem *item)
{
  return item->edited && item->language != NULL &&
         !g_str_equal (item->language, ladder_format_language ());
}

/* What a row shows of its item that can change without the row being made again. */
static void
fill_row (LadderPlanView       *self,
          GtkWidget            *row,
          const LadderPlanItem *item)
{
  GtkWidget *dropdown = g_object_get_data (G_OBJECT (row), "status");
  GtkWidget *menu_button = g_object_get_data (G_OBJECT (row), "menu-button");
  g_autofree char *title = g_markup_escape_text (item->title, -1);
  g_autofree char *subtitle_text = item_subtitle (self, item);
  g_autofree char *subtitle = g_markup_escape_text (subtitle_text, -1);
  /* Translators: the accessible name of a plan item's status drop-down; %s is the item */
  g_autofree char *status_name = g_strdup_printf (_("Status of “%s”"), item->title);
  /* Translators: the accessible name of a row's menu button; %s is a plan item */
  g_autofree char *menu_name = g_strdup_printf (_("More options for “%s”"), item->title);
  gboolean updating = self->updating;

  self->updating = TRUE;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (item->status == LADDER_STATUS_DONE)
    gtk_widget_add_css_class (row, "plan-done");
  else
    gtk_widget_remove_css_class (row, "plan-done");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), item->status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  status_name, -1);
  name_status (dropdown, item->title, item->status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  menu_name, -1);
  self->updating = updating;
}

static GtkWidget *
item_row (LadderPlanView       *self,
          const LadderPlanItem *item,
          gboolean              read_only)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dropdown, *menu_button, *icon = NULL;
  const char *statuses[] = { status_label (LADDER_STATUS_PLANNED),
                             status_label (LADDER_STATUS_IN_PROGRESS),
                             status_label (LADDER_STATUS_DONE), NULL };

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  /* When, skill and outcome (up to three lines), and what to learn from. */
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 5);

  if (g_str_equal (item->kind, "goal"))
    {
      icon = gtk_image_new_from_icon_name ("starred-symbolic");
      gtk_widget_set_tooltip_text (icon, _("The year’s goal"));
      gtk_widget_add_css_class (row, "plan-goal");
    }
  else if (g_str_equal (item->kind, "checkpoint"))
    {
      icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      gtk_widget_set_tooltip_text (icon, _("Promotion checkpoint"));
      gtk_widget_add_css_class (row, "plan-checkpoint");
    }
  if (icon != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_widget_get_tooltip_text (icon), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  if (shows_language (item))
    {
      /* Words the person wrote stay as written: the row says in which language they are. */
      GtkWidget *language = gtk_label_new (ladder_format_language_name (item->language));

      gtk_widget_add_css_class (language, "dim-label");
      gtk_widget_add_css_class (language, "caption");
      gtk_widget_set_valign (language, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (language, _("Your own words, kept in the language you wrote "
                                               "them in"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), language);
    }

  dropdown = gtk_drop_down_new_from_strings (statuses);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (dropdown, !read_only);
  gtk_widget_set_tooltip_text (dropdown, _("Status"));
  g_object_set_data (G_OBJECT (row), "status", dropdown);
  g_object_set_data_full (G_OBJECT (dropdown), "item-id", g_strdup (item->id), g_free);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_status_selected_cb), self,
                           0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);

  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  /* The menu is made when it is opened: a popover per row weighs down a long plan. */
  g_object_set_data_full (G_OBJECT (menu_button), "item-id", g_strdup (item->id), g_free);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu_button), create_item_menu_cb,
                                         NULL, NULL);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _("More"));
  gtk_widget_set_sensitive (menu_button, !read_only);
  g_object_set_data (G_OBJECT (row), "menu-button", menu_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);
  if (!read_only)
    make_draggable (self, row, item);

  fill_row (self, row, item);
  g_hash_table_insert (self->rows, g_strdup (item->id), row);
  return row;
}

/* Whether a year shows item @shown (counted from 0) of its items. */
static gboolean
year_shows (LadderPlanView *self,
            guint           year,
            guint           shown)
{
  /* A year holds a few dozen items; a file with thousands shows the first ones and a button
   * for the rest, so the view never freezes on it (see bench/README.md). */
  return shown < LADDER_PLAN_VIEW_ROWS_SHOWN || (self->show_all & (1u << year));
}

/* What the view's rows stand for: the items each year shows, in order, with what a row is made
 * of (its kind, the language it names), and the years' sizes. A change of the plan that keeps
 * it (a status, a title, an outcome, a skill) is shown by updating the rows where they are:
 * the focus stays, and an undo takes a frame, not a rebuild of every row. */
static char *
layout_key (LadderPlanView *self)
{
  GString *key = g_string_new (NULL);
  guint n = ladder_profile_get_n_plan_items (self->profile);

  g_string_append_printf (key, "%d %u %u %u\n", ladder_profile_get_read_only (self->profile),
                          self->show_all, ladder_planner_get_years (self->profile), n);
  for (guint year = 1; year <= 10; year++)
    {
      guint in_year = 0;

      for (guint i = 0; i < n; i++)
        {
          const LadderPlanItem *item = ladder_profile_get_plan_item (self->profile, i);

          if (item->year != year)
            continue;
          if (year_shows (self, year, in_year++))
            g_string_append_printf (key, "%s\x1f%s\x1f%s\x1e", item->id, item->kind,
                                    shows_language (item) ? item->language : "");
        }
      g_string_append_printf (key, "|%u\n", in_year);
    }
  return g_string_free (key, FALSE);
}

static void
update_summary (LadderPlanView *self)
{
  g_autofree char *summary = NULL;
  gboolean read_only = ladder_profile_get_read_only (self->profile);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.regenerate", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add", !read_only);
  if (ladder_profile_get_plan_generated (self->profile) != NULL)
    {
      g_autoptr (GDateTime) generated = g_date_time_new_from_iso8601 (
        ladder_profile_get_plan_generated (self->profile), NULL);
      g_autoptr (GDateTime) local = generated != NULL ? g_date_time_to_local (generated) : NULL;
      g_autofree char *date = local != NULL ? ladder_format_date (local) : NULL;

      if (date != NULL)
        /* Translators: %s is a date */
        summary = g_strdup_printf (_("Generated on %s from your skills, target and context. "
                                     "Items you change are kept when you regenerate."),
                                   date);
    }
  gtk_label_set_text (self->summary_label,
                      summary != NULL ? summary
                                      : _("Items you change are kept when you regenerate."));
  {
    /* A plan made in another language says so, and offers to be made again in this one. */
    const char *language = ladder_profile_get_plan_language (self->profile);

    gtk_widget_set_visible (self->language_box,
                            !read_only && language != NULL &&
                            !g_str_equal (language, ladder_format_language ()));
  }
}

/* The rows as they are, given the profile's values. */
static void
update_rows (LadderPlanView *self)
{
  g_clear_pointer (&self->first_steps, g_hash_table_unref);
  self->first_steps = ladder_planner_first_steps (self->profile);
  for (guint i = 0; i < ladder_profile_get_n_plan_items (self->profile); i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (self->profile, i);
      GtkWidget *row = g_hash_table_lookup (self->rows, item->id);

      if (row != NULL)
        fill_row (self, row, item);
    }
  for (guint year = 1; year <= self->groups->len; year++)
    update_progress (self, year);
  update_summary (self);
}

/* The rows made again for @layout (layout_key(), taken). */
static void
rebuild_as (LadderPlanView *self,
            char           *layout)
{
  gboolean read_only;
  GtkWidget *child;
  guint n;

  g_free (self->layout);
  self->layout = layout;
  g_hash_table_remove_all (self->rows);
  g_clear_pointer (&self->first_steps, g_hash_table_unref);
  g_ptr_array_set_size (self->groups, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->years_box))) != NULL)
    gtk_box_remove (self->years_box, child);

  if (self->profile == NULL)
    return;
  read_only = ladder_profile_get_read_only (self->profile);
  n = ladder_profile_get_n_plan_items (self->profile);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "plan" : "empty");
  update_summary (self);
  if (n == 0)
    return;
  self->first_steps = ladder_planner_first_steps (self->profile);

  for (guint year = 1; year <= 10; year++)
    {
      GtkWidget *group = NULL;
      guint shown = 0, in_year = 0;

      for (guint i = 0; i < n; i++)
        {
          const LadderPlanItem *item = ladder_profile_get_plan_item (self->profile, i);

          if (item->year != year)
            continue;
          in_year++;
          if (group == NULL)
            group = adw_preferences_group_new ();
          if (!year_shows (self, year, shown))
            continue;
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     item_row (self, item, read_only));
          shown++;
        }
      if (shown < in_year)
        {
          /* Translators: a button under a year with very many items; %u is how many */
          g_autofree char *label = g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                                               "Show All %u Item",
                                                               "Show All %u Items", in_year),
                                                    in_year);
          GtkWidget *more = gtk_button_new_with_label (label);

          gtk_widget_add_css_class (more, "flat");
          gtk_widget_set_margin_top (more, 6);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (more), "plan.show-all");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (more), "u", year);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), more);
        }
      if (group == NULL && year > ladder_planner_get_years (self->profile))
        {
          g_ptr_array_add (self->groups, NULL);
          continue;
        }
      if (group == NULL)
        group = adw_preferences_group_new ();

      {
        g_autofree char *title = g_strdup_printf (_("Year %u"), year);
        g_autofree char *progress = progress_text (self, year);
        GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
        g_autofree char *add_label = g_strdup_printf (_("Add an item to year %u"), year);

        adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), progress);
        gtk_widget_add_css_class (add, "flat");
        gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
        gtk_widget_set_tooltip_text (add, add_label);
        ladder_accessible_name_icon_button (add, add_label);
        gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "plan.add");
        gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "u", year);
        adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
      }
      if (!read_only)
        {
          GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

          g_object_set_data (G_OBJECT (group), "plan-view", self);
          g_object_set_data (G_OBJECT (group), "year", GUINT_TO_POINTER (year));
          g_signal_connect (target, "drop", G_CALLBACK (on_year_drop_cb), group);
          gtk_widget_add_controller (group, GTK_EVENT_CONTROLLER (target));
        }
      gtk_box_append (self->years_box, group);
      g_ptr_array_add (self->groups, group);
    }
}

static void
rebuild (LadderPlanView *self)
{
  rebuild_as (self, self->profile != NULL ? layout_key (self) : NULL);
}

/* The rows made again, or only given new values when they still stand for the same items. */
static void
refresh (LadderPlanView *self)
{
  g_autofree char *layout = self->profile != NULL ? layout_key (self) : NULL;

  if (layout != NULL && g_strcmp0 (layout, self->layout) == 0)
    update_rows (self);
  else
    rebuild_as (self, g_steal_pointer (&layout));
}

GtkWidget *
ladder_plan_view_get_row (LadderPlanView *self,
                          const char     *item_id)
{
  g_return_val_if_fail (LADDER_IS_PLAN_VIEW (self), NULL);
  return g_hash_table_lookup (self->rows, item_id);
}

/* ---- Editing ---------------------------------------------------------------------------- */

typedef struct
{
  LadderPlanView *self;
  char *id;    /* NULL for a new item */
  guint year;
  GtkEditable *title;
  GtkEditable *outcome;
  GtkDropDown *when;   /* year × (whole year, Q1–Q4) */
  GtkDropDown *skill;  /* no skill, then the profile's skills */
  GPtrArray *skills;   /* their ids, in the drop-down's order after "no skill" */
} EditData;

static void
edit_data_free (EditData *data)
{
  g_object_unref (data->self);
  g_free (data->id);
  g_clear_pointer (&data->skills, g_ptr_array_unref);
  g_free (data);
}

static void
edit_data_closure_free (gpointer  data,
                        GClosure *closure)
{
  edit_data_free (data);
}

static void
on_edit_title_changed_cb (GtkEditable      *title,
                          AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (title)));

  adw_message_dialog_set_response_enabled (dialog, "save", *text != '\0');
}

static void
on_edit_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     EditData         *data)
{
  LadderPlanView *self = data->self;
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (data->title)));
  g_autofree char *outcome = g_strstrip (g_strdup (gtk_editable_get_text (data->outcome)));
  guint when = gtk_drop_down_get_selected (data->when);
  guint year = when / 5 + 1, quarter = when % 5;
  guint chosen = gtk_drop_down_get_selected (data->skill);
  const char *skill = chosen > 0 && chosen <= data->skills->len ? data->skills->pdata[chosen - 1]
                                                                : NULL;

  if (g_strcmp0 (response, "save") != 0 || *title == '\0' || self->profile == NULL)
    return;
  if (data->id != NULL)
    {
      if (ladder_profile_lookup_plan_item (self->profile, data->id, NULL) != NULL)
        ladder_profile_update_plan_item (self->profile, data->id, title, outcome, year, quarter,
                                         skill);
    }
  else
    {
      g_autofree char *id = ladder_profile_new_plan_item_id (self->profile);
      LadderPlanItem *item = ladder_plan_item_new (id, "action", year, quarter, skill, title,
                                                   *outcome != '\0' ? outcome : NULL);
      guint index = 0;

      item->edited = TRUE;
      item->language = g_strdup (ladder_format_language ());
      /* After the last item of its year and quarter. */
      for (guint i = 0; i < ladder_profile_get_n_plan_items (self->profile); i++)
        {
          const LadderPlanItem *other = ladder_profile_get_plan_item (self->profile, i);

          if (other->year < year || (other->year == year && other->quarter <= quarter))
            index = i + 1;
        }
      ladder_profile_insert_plan_item (self->profile, index, item);
    }
}

static void
open_editor (LadderPlanView       *self,
             const LadderPlanItem *item,
             guint                 year)
{
  GtkWidget *dialog, *box;
  EditData *data = g_new0 (EditData, 1);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   item != NULL ? _("Edit Plan Item") : _("New Plan Item"),
                                   NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  data->self = g_object_ref (self);
  data->id = item != NULL ? g_strdup (item->id) : NULL;
  data->year = year;
  data->title = GTK_EDITABLE (ladder_form_entry (box, _("What to do"),
                                                 item != NULL ? item->title : NULL));
  data->outcome = GTK_EDITABLE (ladder_form_entry (box, _("Outcome that shows it is done"),
                                                   item != NULL ? item->outcome : NULL));
  {
    g_autoptr (GtkStringList) whens = gtk_string_list_new (NULL);
    guint years = MAX (ladder_profile_get_horizon_years (self->profile),
                       item != NULL ? item->year : year);
    guint quarter = item != NULL ? item->quarter : 0;

    years = CLAMP (years, 1, 10);
    for (guint y = 1; y <= years; y++)
      for (guint q = 0; q <= 4; q++)
        {
          g_autofree char *label = q == 0
            /* Translators: when a plan item is due: the whole of year 2 */
            ? g_strdup_printf (_("Year %u, the whole year"), y)
            /* Translators: when a plan item is due: year 2, second quarter */
            : g_strdup_printf (_("Year %u, quarter %u"), y, q);

          gtk_string_list_append (whens, label);
        }
    data->when = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (whens)), NULL));
    gtk_drop_down_set_selected (data->when, (CLAMP (year, 1, years) - 1) * 5 + quarter);
    ladder_form_widget (box, _("When"), GTK_WIDGET (data->when));

    data->skill = ladder_form_skill_choice (self->profile, item != NULL ? item->skill : NULL,
                                            &data->skills);
    ladder_form_widget (box, _("Skill"), GTK_WIDGET (data->skill));
  }
  gtk_widget_set_size_request (box, 360, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", item != NULL ? _("_Save") : _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", item != NULL);
  g_signal_connect (data->title, "changed", G_CALLBACK (on_edit_title_changed_cb), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_edit_response_cb), data,
                         edit_data_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadderPlanView *self = LADDER_PLAN_VIEW (widget);
  const LadderPlanItem *item;

  item = ladder_profile_lookup_plan_item (self->profile, g_variant_get_string (parameter, NULL),
                                          NULL);
  if (item != NULL)
    open_editor (self, item, item->year);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (LADDER_PLAN_VIEW (widget), NULL, g_variant_get_uint32 (parameter));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadderPlanView *self = LADDER_PLAN_VIEW (widget);

  ladder_profile_move_plan_item (self->profile, g_variant_get_string (parameter, NULL),
                                 g_str_equal (action_name, "plan.move-up") ? -1 : 1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadderPlanView *self = LADDER_PLAN_VIEW (widget);
  g_autoptr (LadderPlanItem) item = NULL;
  g_autofree char *message = NULL;

  item = ladder_profile_remove_plan_item (self->profile, g_variant_get_string (parameter, NULL),
                                          NULL);
  if (item == NULL)
    return;
  /* Translators: %s is a plan item's title */
  message = g_strdup_printf (C_("plan item", "“%s” removed"), item->title);
  ladder_toast_show_undo (GTK_WIDGET (self), message);
}

static void
regenerate_now (LadderPlanView *self)
{
  ladder_planner_regenerate (ladder_profile_get_framework (self->profile), self->profile);
}

static void
on_regenerate_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           LadderPlanView   *self)
{
  if (g_strcmp0 (response, "regenerate") == 0 && self->profile != NULL)
    regenerate_now (self);
}

static void
regenerate_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LadderPlanView *self = LADDER_PLAN_VIEW (widget);
  GtkWidget *dialog;

  if (self->profile == NULL)
    return;
  if (!ladder_planner_has_user_work (self->profile))
    {
      regenerate_now (self);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Regenerate the Plan?"),
                                   _("Items you edited, added or gave a status stay exactly as "
                                     "they are. Everything else is built afresh from your "
                                     "skills, target and context."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "regenerate", _("_Regenerate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "regenerate",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_regenerate_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Whether the target fits ------------------------------------------------------------
 * Said at the top of the plan, with the two ways out: a longer horizon, or a nearer rung first.
 * Either is one click, and one undoable step with the plan made again. */

static void
update_fit (LadderPlanView *self)
{
  guint years = 0;
  const LadderRung *rung = NULL;
  g_autofree char *fit = NULL;

  if (self->profile != NULL && ladder_profile_get_n_plan_items (self->profile) > 0)
    fit = ladder_planner_describe_fit (ladder_profile_get_framework (self->profile), self->profile, &years,
                                       &rung);
  gtk_widget_set_visible (self->fit_box, fit != NULL);
  if (fit == NULL)
    return;
  gtk_label_set_text (self->fit_label, fit);
  gtk_widget_set_visible (self->horizon_button, years > 0);
  if (years > 0)
    {
      /* Translators: a button that lengthens the plan's horizon and makes the plan again */
      g_autofree char *label = g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                                           "Plan _Over %u Year",
                                                           "Plan _Over %u Years", years),
                                                years);

      gtk_button_set_label (GTK_BUTTON (self->horizon_button), label);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->horizon_button), "u", years);
    }
  gtk_widget_set_visible (self->target_button, rung != NULL);
  if (rung != NULL)
    {
      /* Translators: a button that makes a nearer rung the target; %s is a rung */
      g_autofree char *label = g_strdup_printf (_("_Aim for %s First"), rung->title);

      gtk_button_set_label (GTK_BUTTON (self->target_button), label);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->target_button), "(ss)",
                                        rung->track, rung->id);
    }
}

static void
on_profile_changed_cb (LadderPlanView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_fit (self);
  else
    self->fit_stale = TRUE;
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LadderPlanView *self = LADDER_PLAN_VIEW (widget);
  guint year = g_variant_get_uint32 (parameter);

  if (year < 32)
    self->show_all |= 1u << year;
  rebuild (self);
}

static void
set_horizon_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LadderPlanView *self = LADDER_PLAN_VIEW (widget);

  if (self->profile == NULL || ladder_profile_get_read_only (self->profile))
    return;
  ladder_profile_set_horizon_years (self->profile, g_variant_get_uint32 (parameter));
  regenerate_action (widget, "plan.regenerate", NULL);
}

static void
aim_for_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LadderPlanView *self = LADDER_PLAN_VIEW (widget);
  const char *track, *rung;

  if (self->profile == NULL || ladder_profile_get_read_only (self->profile))
    return;
  g_variant_get (parameter, "(&s&s)", &track, &rung);
  if (ladder_framework_lookup_rung (ladder_profile_get_framework (self->profile), track, rung) == NULL)
    return;
  ladder_profile_set_target (self->profile, track, rung);
  regenerate_action (widget, "plan.regenerate", NULL);
}

/* ---- Object ----------------------------------------------------------------------------- */

LadderProfile *
ladder_plan_view_get_profile (LadderPlanView *self)
{
  g_return_val_if_fail (LADDER_IS_PLAN_VIEW (self), NULL);
  return self->profile;
}

void
ladder_plan_view_set_profile (LadderPlanView *self,
                              LadderProfile  *profile)
{
  g_return_if_fail (LADDER_IS_PLAN_VIEW (self));
  g_return_if_fail (profile == NULL || LADDER_IS_PROFILE (profile));

  if (self->profile == profile)
    return;
  g_set_object (&self->profile, profile);
  self->show_all = 0;
  g_signal_group_set_target (self->profile_signals, profile);
  self->stale = FALSE;
  rebuild (self);
  update_fit (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

static void
ladder_plan_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LadderPlanView *self = LADDER_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROFILE: g_value_set_object (value, self->profile); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_plan_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LadderPlanView *self = LADDER_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROFILE: ladder_plan_view_set_profile (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_plan_view_dispose (GObject *object)
{
  LadderPlanView *self = LADDER_PLAN_VIEW (object);

  g_clear_object (&self->profile_signals);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->first_steps, g_hash_table_unref);
  g_clear_pointer (&self->layout, g_free);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_PLAN_VIEW);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ladder_plan_view_parent_class)->dispose (object);
}

static void
ladder_plan_view_class_init (LadderPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_plan_view_dispose;
  widget_class->map = ladder_plan_view_map;
  object_class->get_property = ladder_plan_view_get_property;
  object_class->set_property = ladder_plan_view_set_property;

  properties[PROP_PROFILE] = ladder_profile_param_spec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ladder-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderPlanView, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderPlanView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LadderPlanView, years_box);
  gtk_widget_class_bind_template_child (widget_class, LadderPlanView, fit_box);
  gtk_widget_class_bind_template_child (widget_class, LadderPlanView, language_box);
  gtk_widget_class_bind_template_child (widget_class, LadderPlanView, fit_label);
  gtk_widget_class_bind_template_child (widget_class, LadderPlanView, horizon_button);
  gtk_widget_class_bind_template_child (widget_class, LadderPlanView, target_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "plan.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "plan.add", "u", add_action);
  gtk_widget_class_install_action (widget_class, "plan.move-up", "s", move_action);
  gtk_widget_class_install_action (widget_class, "plan.move-down", "s", move_action);
  gtk_widget_class_install_action (widget_class, "plan.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "plan.regenerate", NULL, regenerate_action);
  gtk_widget_class_install_action (widget_class, "plan.set-horizon", "u", set_horizon_action);
  gtk_widget_class_install_action (widget_class, "plan.show-all", "u", show_all_action);
  gtk_widget_class_install_action (widget_class, "plan.aim-for", "(ss)", aim_for_action);
}

static void
ladder_plan_view_init (LadderPlanView *self)
{
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->groups = g_ptr_array_new ();
  self->profile_signals = g_signal_group_new (LADDER_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "plan-changed",
                                 G_CALLBACK (on_plan_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->profile_signals, "notify::read-only", G_CALLBACK (rebuild),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->profile_signals, "changed",
                                 G_CALLBACK (on_profile_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_init_template (GTK_WIDGET (self));
  ladder_accessible_name_pages (self->stack, C_("view", "Plan"));
}
