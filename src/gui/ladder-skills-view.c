/* SPDX-License-Identifier: GPL-3.0-or-later
 * The skills matrix: a GtkColumnView over the profile's skills (it stays smooth with thousands
 * of rows), filtered by a search, sortable by gap; levels picked with the keyboard or the
 * mouse; the person's own skills added, renamed and removed with undo; built-in skills hidden.
 * Beside it, the radar chart and its text. */
#define G_LOG_DOMAIN "ladder-skills-view"

#include "config.h"

#include "ladder-i18n.h"

#include "core/ladder-readiness.h"
#include "ladder-level-picker.h"
#include "ladder-style.h"
#include "ladder-wrap-box.h"
#include "ladder-profile-property.h"
#include "core/ladder-format.h"
#include "ladder-form.h"
#include "ladder-radar.h"
#include "ladder-skill-row.h"
#include "ladder-skills-view.h"
#include "ladder-accessible.h"
#include "ladder-toast.h"

struct _LadderSkillsView
{
  GtkWidget parent_instance;

  LadderProfile *profile;
  GSignalGroup *profile_signals;
  GListStore *rows;          /* LadderSkillRow */
  GtkWidget *overview_button;
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;
  GtkCustomFilter *filter;
  GtkColumnViewColumn *gap_column;
  char *search;

  GtkColumnView *column_view;
  GtkSearchEntry *search_entry;
  GtkToggleButton *show_hidden_button;
  LadderRadar *radar;
  GtkDropDown *then_choice; /* a day of the history to draw against now */
  GPtrArray *then_dates;    /* in the drop-down's order after "now only" */

  gboolean stale;       /* changed while hidden */
  gboolean rows_filled; /* the rows were made for this profile */
};

G_DEFINE_FINAL_TYPE (LadderSkillsView, ladder_skills_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Rows and model --------------------------------------------------------------------- */

static gboolean
same_skills (LadderSkillsView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  if (n != ladder_profile_get_n_skills (self->profile))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (LadderSkillRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (g_strcmp0 (ladder_skill_row_get_id (row),
                     ladder_profile_get_skill (self->profile, i)->id) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The days of the rating history the radar can show against now: newest first, the choice kept
 * while it is there. */
static void
refresh_then_choice (LadderSkillsView *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *chosen = NULL;
  guint selected = gtk_drop_down_get_selected (self->then_choice), keep = 0;

  if (selected > 0 && selected <= self->then_dates->len)
    chosen = g_strdup (g_ptr_array_index (self->then_dates, selected - 1));
  g_ptr_array_set_size (self->then_dates, 0);
  /* Translators: the radar's choice of a day to compare with: none */
  gtk_string_list_append (names, _("Now only"));
  for (guint i = ladder_profile_get_n_history (self->profile);
       i > 0 && self->then_dates->len < 36; i--)
    {
      const char *date;
      JsonObject *levels;
      g_autofree char *day = NULL, *label = NULL;

      /* Only days the radar can draw: with a day and levels. */
      if (!ladder_profile_get_history_entry (self->profile, i - 1, &date, &levels) ||
          !ladder_format_is_day (date))
        continue;
      day = ladder_format_day (date);
      /* Translators: the radar's choice of a day to compare with: "Against 1 March 2026" */
      label = g_strdup_printf (_("Against %s"), day);
      g_ptr_array_add (self->then_dates, g_strdup (date));
      gtk_string_list_append (names, label);
      if (g_strcmp0 (chosen, date) == 0)
        keep = self->then_dates->len;
    }
  g_signal_handlers_block_matched (self->then_choice, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                   self);
  gtk_drop_down_set_model (self->then_choice, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->then_choice, keep);
  g_signal_handlers_unblock_matched (self->then_choice, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                     self);
  gtk_widget_set_visible (GTK_WIDGET (self->then_choice), self->then_dates->len > 0);
  ladder_radar_set_then (self->radar, keep > 0 ? g_ptr_array_index (self->then_dates, keep - 1)
                                               : NULL);
}

static void
on_then_selected_cb (LadderSkillsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->then_choice);

  ladder_radar_set_then (self->radar, selected > 0 && selected <= self->then_dates->len
                                      ? g_ptr_array_index (self->then_dates, selected - 1)
                                      : NULL);
}

static void
on_profile_changed_cb (LadderSkillsView *self)
{
  guint n;

  if (self->profile == NULL)
    return;
  /* A hidden view catches up once when it is shown again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) && self->rows_filled)
    {
      self->stale = TRUE;
      return;
    }
  self->rows_filled = TRUE;
  if (!same_skills (self))
    {
      g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < ladder_profile_get_n_skills (self->profile); i++)
        {
          LadderSkillRow *row = ladder_skill_row_new (ladder_profile_get_framework (self->profile),
                                                      ladder_profile_get_skill (self->profile,
                                                                                i)->id);

          ladder_skill_row_refresh (row, self->profile);
          g_ptr_array_add (rows, row);
        }
      g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                           rows->pdata, rows->len);
    }
  else
    {
      /* Values only: each row notifies what changed, and the cells follow. */
      n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (LadderSkillRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

          ladder_skill_row_refresh (row, self->profile);
        }
      /* Hidden rows and gaps may have changed what is shown and in which order. */
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      if (gtk_sort_list_model_get_sorter (self->sorted) != NULL)
        gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted),
                            GTK_SORTER_CHANGE_DIFFERENT);
    }
  refresh_then_choice (self);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  LadderSkillsView *self = user_data;
  LadderSkillRow *row = item;
  g_autofree char *haystack = NULL;

  if (ladder_skill_row_get_hidden (row) &&
      !gtk_toggle_button_get_active (self->show_hidden_button))
    return FALSE;
  if (self->search == NULL || *self->search == '\0')
    return TRUE;
  haystack = g_utf8_casefold (ladder_skill_row_get_title (row), -1);
  if (strstr (haystack, self->search) != NULL)
    return TRUE;
  g_free (haystack);
  haystack = g_utf8_casefold (ladder_skill_row_get_group (row), -1);
  return strstr (haystack, self->search) != NULL;
}

void
ladder_skills_view_set_filter (LadderSkillsView *self,
                               const char       *text)
{
  g_return_if_fail (LADDER_IS_SKILLS_VIEW (self));

  g_free (self->search);
  self->search = text != NULL ? g_utf8_casefold (text, -1) : NULL;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed_cb (LadderSkillsView *self)
{
  ladder_skills_view_set_filter (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static int
compare_gap (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  return ladder_skill_row_get_gap ((LadderSkillRow *) a) -
         ladder_skill_row_get_gap ((LadderSkillRow *) b);
}

void
ladder_skills_view_sort_by_gap (LadderSkillsView *self)
{
  g_return_if_fail (LADDER_IS_SKILLS_VIEW (self));
  gtk_column_view_sort_by_column (self->column_view, self->gap_column, GTK_SORT_DESCENDING);
}

GListModel *
ladder_skills_view_get_model (LadderSkillsView *self)
{
  g_return_val_if_fail (LADDER_IS_SKILLS_VIEW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

/* ---- Cells ------------------------------------------------------------------------------ */

/* The skill's name, with its group beneath it. */
static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *group = gtk_label_new (NULL);

  /* Long names (Russian ones often are) take a second line rather than lose their end. */
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (group), 0);
  gtk_label_set_ellipsize (GTK_LABEL (group), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (group, "dim-label");
  gtk_widget_add_css_class (group, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), group);
  gtk_list_item_set_child (item, box);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  LadderSkillRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *group = gtk_widget_get_last_child (box);

  gtk_label_set_text (GTK_LABEL (title), ladder_skill_row_get_title (row));
  gtk_label_set_text (GTK_LABEL (group), ladder_skill_row_get_group (row));
  gtk_widget_set_tooltip_text (box, ladder_skill_row_get_title (row));
  if (ladder_skill_row_get_hidden (row))
    gtk_widget_add_css_class (title, "dim-label");
  else
    gtk_widget_remove_css_class (title, "dim-label");
}

static void
show_expected (GtkLabel       *label,
               LadderSkillRow *row)
{
  g_autofree char *text = ladder_skill_row_get_custom (row)
                          ? g_strdup ("–")
                          : g_strdup_printf ("%d", ladder_skill_row_get_expected (row));

  gtk_label_set_text (label, text);
}

static void
show_gap (GtkLabel       *label,
          LadderSkillRow *row)
{
  int gap = ladder_skill_row_get_gap (row);
  g_autofree char *text = NULL;

  /* Never colour alone: the gap is written out, with a marker. */
  if (gap > 0)
    text = g_strdup_printf (_("▲ %d"), gap);
  gtk_label_set_text (label, gap > 0 ? text : _("✓ none"));
  if (gap > 0)
    gtk_widget_add_css_class (GTK_WIDGET (label), "gap-badge");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "gap-badge");
  {
    g_autofree char *description = gap > 0
      ? g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%d level below", "%d levels below", gap),
                         gap)
      : g_strdup (_("No gap"));

    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    description, -1);
  }
}

static void
on_row_values_cb (LadderSkillRow *row,
                  GParamSpec     *pspec,
                  GtkListItem    *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  const char *column = g_object_get_data (G_OBJECT (child), "column");

  if (gtk_list_item_get_item (item) != row)
    return;
  if (g_str_equal (column, "expected"))
    show_expected (GTK_LABEL (child), row);
  else if (g_str_equal (column, "gap"))
    show_gap (GTK_LABEL (child), row);
  else if (g_str_equal (column, "current"))
    ladder_level_picker_set_value (LADDER_LEVEL_PICKER (child),
                                   ladder_skill_row_get_current (row));
  else if (g_str_equal (column, "target"))
    ladder_level_picker_set_value (LADDER_LEVEL_PICKER (child), ladder_skill_row_get_target (row));
}

static void
bind_value_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LadderSkillsView         *self)
{
  LadderSkillRow *row = gtk_list_item_get_item (item);

  g_signal_connect_object (row, "notify", G_CALLBACK (on_row_values_cb), item, 0);
  on_row_values_cb (row, NULL, item);
  if (LADDER_IS_LEVEL_PICKER (gtk_list_item_get_child (item)))
    ladder_level_picker_set_skill (LADDER_LEVEL_PICKER (gtk_list_item_get_child (item)),
                                   ladder_skill_row_get_skill (row),
                                   ladder_skill_row_get_title (row));
}

static void
unbind_value_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 LadderSkillsView         *self)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_row_values_cb, item);
}

static void
setup_value_label_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      const char               *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (label), "column", (gpointer) column);
  gtk_list_item_set_child (item, label);
}

static void
on_picker_changed_cb (LadderLevelPicker *picker,
                      int                level,
                      LadderSkillsView  *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (picker), "item");
  LadderSkillRow *row = gtk_list_item_get_item (item);
  const char *column = g_object_get_data (G_OBJECT (picker), "column");

  if (self->profile == NULL || row == NULL || ladder_profile_get_read_only (self->profile))
    return;
  if (g_str_equal (column, "current"))
    ladder_profile_set_skill_levels (self->profile, ladder_skill_row_get_id (row), level,
                                     ladder_skill_row_get_target (row));
  else
    ladder_profile_set_skill_target (self->profile, ladder_skill_row_get_id (row), level, TRUE);
}

/* A control that takes the focus is scrolled into sight sideways: at the default width the
 * Note column is beyond the right edge, and a person would type into what they cannot see. */
static void
on_cell_focus_cb (GtkWidget        *widget,
                  GParamSpec       *pspec,
                  LadderSkillsView *self)
{
  GtkAdjustment *across = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));
  graphene_rect_t bounds;
  double value, page, margin = 12;

  if (!gtk_widget_has_focus (widget) || across == NULL ||
      !gtk_widget_compute_bounds (widget, GTK_WIDGET (self->column_view), &bounds))
    return;
  value = gtk_adjustment_get_value (across);
  page = gtk_adjustment_get_page_size (across);
  if (bounds.origin.x < 0)
    gtk_adjustment_set_value (across, value + bounds.origin.x - margin);
  else if (bounds.origin.x + bounds.size.width > page)
    gtk_adjustment_set_value (across, value + MIN (bounds.origin.x - margin,
                                                   bounds.origin.x + bounds.size.width - page
                                                   + margin));
}

static void
setup_picker_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 LadderSkillsView         *self)
{
  const char *column = g_object_get_data (G_OBJECT (factory), "column");
  GtkWidget *picker = ladder_level_picker_new (g_str_equal (column, "current")
                                               ? _("current level") : _("target level"));

  g_object_set_data (G_OBJECT (picker), "column", (gpointer) column);
  g_object_set_data (G_OBJECT (picker), "item", item);
  g_signal_connect_object (picker, "changed", G_CALLBACK (on_picker_changed_cb), self, 0);
  g_signal_connect_object (picker, "notify::has-focus", G_CALLBACK (on_cell_focus_cb), self, 0);
  gtk_list_item_set_child (item, picker);
}

/* A note is a plain GtkText (one light widget per row), saved when the person leaves it or
 * presses Enter. GTK 4.8 leaves a GtkText out of the accessible tree (it is meant to sit inside
 * an entry), so it is made a text box: a screen reader finds it, with its name and text. */
static void
commit_note (GtkWidget        *text,
             LadderSkillsView *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (text), "item");
  LadderSkillRow *row = item != NULL ? gtk_list_item_get_item (item) : NULL;

  if (row == NULL || self->profile == NULL || ladder_profile_get_read_only (self->profile))
    return;
  ladder_profile_set_skill_note (self->profile, ladder_skill_row_get_id (row),
                                 gtk_editable_get_text (GTK_EDITABLE (text)));
}

static void
on_note_focus_cb (GtkWidget        *text,
                  GParamSpec       *pspec,
                  LadderSkillsView *self)
{
  if (!gtk_widget_has_focus (text))
    commit_note (text, self);
  else
    on_cell_focus_cb (text, pspec, self);
}

static void
setup_note_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LadderSkillsView         *self)
{
  GtkWidget *text = g_object_new (GTK_TYPE_TEXT, "accessible-role",
                                  GTK_ACCESSIBLE_ROLE_TEXT_BOX, NULL);

  g_object_set_data (G_OBJECT (text), "item", item);
  gtk_text_set_placeholder_text (GTK_TEXT (text), _("Add a note"));
  gtk_text_set_max_length (GTK_TEXT (text), LADDER_MAX_TEXT_CHARS);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  /* Room for a few words even when the window is narrow (the matrix then scrolls sideways). */
  gtk_widget_set_size_request (text, 160, -1);
  g_signal_connect_object (text, "activate", G_CALLBACK (commit_note), self, 0);
  g_signal_connect_object (text, "notify::has-focus", G_CALLBACK (on_note_focus_cb), self, 0);
  gtk_list_item_set_child (item, text);
}

static void
bind_note_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              LadderSkillsView         *self)
{
  LadderSkillRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *name = g_strdup_printf (_("Note on %s"), ladder_skill_row_get_title (row));

  gtk_editable_set_text (GTK_EDITABLE (label), ladder_skill_row_get_note (row));
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void create_menu_cb (GtkMenuButton *button,
                            gpointer       user_data);

static void
setup_menu_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("More"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("More"), -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_menu_cb, NULL,
                                         NULL);
  gtk_list_item_set_child (item, button);
}

/* A screen reader says which skill the button is for. */
static void
bind_menu_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  LadderSkillRow *row = gtk_list_item_get_item (item);
  GtkWidget *button = gtk_list_item_get_child (item);
  /* Translators: the accessible name of a row's menu button; %s is a skill */
  g_autofree char *label = g_strdup_printf (_("More options for “%s”"),
                                            ladder_skill_row_get_title (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  /* The menu is made for the row the button shows when it is opened, whatever became of the
   * list item meanwhile. */
  g_object_set_data_full (G_OBJECT (button), "ladder-row", g_object_ref (row), g_object_unref);
}

/* The row's menu is built when it is opened: a popover per row would weigh down a long list. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  LadderSkillRow *row = g_object_get_data (G_OBJECT (button), "ladder-row");
  g_autoptr (GMenu) menu = g_menu_new ();
  const char *id;
  GMenuItem *entry;

  if (row == NULL)
    return;
  id = ladder_skill_row_get_id (row);
  if (ladder_skill_row_get_custom (row))
    {
      entry = g_menu_item_new (_("_Rename…"), NULL);
      g_menu_item_set_action_and_target_value (entry, "skills.rename", g_variant_new_string (id));
      g_menu_append_item (menu, entry);
      g_object_unref (entry);
      entry = g_menu_item_new (_("_Remove"), NULL);
      g_menu_item_set_action_and_target_value (entry, "skills.remove", g_variant_new_string (id));
    }
  else
    {
      entry = g_menu_item_new (ladder_skill_row_get_hidden (row) ? _("_Show") : _("_Hide"), NULL);
      g_menu_item_set_action_and_target_value (entry, "skills.toggle-hidden",
                                               g_variant_new_string (id));
    }
  g_menu_append_item (menu, entry);
  g_object_unref (entry);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GtkColumnViewColumn *
add_column (LadderSkillsView   *self,
            const char         *title,
            GtkListItemFactory *factory,
            gboolean            expand)
{
  GtkColumnViewColumn *column = gtk_column_view_column_new (title, factory);

  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
  return column;
}

static GtkListItemFactory *
value_factory (LadderSkillsView *self,
               const char       *column,
               gboolean          picker)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "column", (gpointer) column);
  if (picker)
    g_signal_connect (factory, "setup", G_CALLBACK (setup_picker_cb), self);
  else
    g_signal_connect (factory, "setup", G_CALLBACK (setup_value_label_cb), (gpointer) column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_value_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_value_cb), self);
  return factory;
}

static void
build_columns (LadderSkillsView *self)
{
  GtkListItemFactory *factory;
  GtkColumnViewColumn *column;

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_title_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_title_cb), NULL);
  column = add_column (self, _("Skill"), factory, FALSE);
  /* Wider with large text: "Прототипирование" alone fills 190 px at 150 %. */
  gtk_column_view_column_set_fixed_width (column,
                                          (int) (190 * ladder_style_text_scale (
                                                   GTK_WIDGET (self))));
  gtk_column_view_column_set_sorter (column, GTK_SORTER (gtk_string_sorter_new (
    gtk_property_expression_new (LADDER_TYPE_SKILL_ROW, NULL, "title"))));

  add_column (self, _("Current"), value_factory (self, "current", TRUE), FALSE);
  add_column (self, _("Target"), value_factory (self, "target", TRUE), FALSE);
  /* Translators: a column: the level the target rung expects */
  add_column (self, _("Expected"), value_factory (self, "expected", FALSE), FALSE);
  self->gap_column = add_column (self, _("Gap"), value_factory (self, "gap", FALSE), FALSE);
  gtk_column_view_column_set_sorter (self->gap_column,
                                     GTK_SORTER (gtk_custom_sorter_new (compare_gap, NULL,
                                                                        NULL)));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_note_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_note_cb), self);
  add_column (self, _("Note"), factory, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_menu_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_menu_cb), NULL);
  add_column (self, NULL, factory, FALSE);
}

/* ---- Actions ---------------------------------------------------------------------------- */

static void
toggle_hidden_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LadderSkillsView *self = LADDER_SKILLS_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  const LadderProfileSkill *skill = ladder_profile_lookup_skill (self->profile, id);

  if (skill != NULL)
    ladder_profile_set_skill_hidden (self->profile, id, !skill->hidden);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadderSkillsView *self = LADDER_SKILLS_VIEW (widget);
  LadderProfileSkill *skill;
  g_autofree char *message = NULL;

  skill = ladder_profile_remove_skill (self->profile, g_variant_get_string (parameter, NULL),
                                       NULL);
  if (skill == NULL)
    return;
  /* Translators: %s is a skill's name */
  message = g_strdup_printf (C_("skill", "“%s” removed"), skill->name);
  ladder_profile_skill_free (skill);
  ladder_toast_show_undo (GTK_WIDGET (self), message);
}

typedef struct
{
  LadderSkillsView *self;
  char *id;              /* NULL when adding */
  GtkEditable *name;
  AdwComboRow *group;
} SkillDialog;

static void
skill_dialog_free (gpointer  data,
                   GClosure *closure)
{
  SkillDialog *dialog = data;

  g_object_unref (dialog->self);
  g_free (dialog->id);
  g_free (dialog);
}

static void
on_skill_name_changed_cb (GtkEditable      *name,
                          AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (name)));

  adw_message_dialog_set_response_enabled (dialog, "ok", *text != '\0');
}

static void
on_skill_dialog_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             SkillDialog      *data)
{
  LadderSkillsView *self = data->self;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (data->name)));

  if (g_strcmp0 (response, "ok") != 0 || *name == '\0' || self->profile == NULL)
    return;
  if (data->id != NULL)
    ladder_profile_rename_skill (self->profile, data->id, name);
  else
    {
      LadderFramework *framework = ladder_profile_get_framework (self->profile);
      const LadderSkillGroup *group =
        ladder_framework_get_group (framework, adw_combo_row_get_selected (data->group));
      g_autofree char *id = ladder_profile_add_skill (self->profile, name, group->id);
    }
}

static void
open_skill_dialog (LadderSkillsView *self,
                   const char       *id)
{
  LadderFramework *framework = ladder_profile_get_framework (self->profile);
  const LadderProfileSkill *skill = id != NULL ? ladder_profile_lookup_skill (self->profile, id)
                                               : NULL;
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              id != NULL ? _("Rename Skill") : _("Add Your Own Skill"),
                                              NULL);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *name = adw_entry_row_new ();
  SkillDialog *data = g_new0 (SkillDialog, 1);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), C_("skill", "Name"));
  ladder_accessible_mend_entry_row (ADW_ENTRY_ROW (name));
  gtk_editable_set_text (GTK_EDITABLE (name), skill != NULL && skill->name != NULL ? skill->name
                                                                                  : "");
  gtk_list_box_append (GTK_LIST_BOX (list), name);
  data->self = g_object_ref (self);
  data->id = g_strdup (id);
  data->name = GTK_EDITABLE (name);
  if (id == NULL)
    {
      g_autoptr (GtkStringList) groups = gtk_string_list_new (NULL);
      GtkWidget *group = adw_combo_row_new ();

      for (guint i = 0; i < ladder_framework_get_n_groups (framework); i++)
        gtk_string_list_append (groups, ladder_framework_get_group (framework, i)->title);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (group), _("Group"));
      adw_combo_row_set_model (ADW_COMBO_ROW (group), G_LIST_MODEL (groups));
      gtk_list_box_append (GTK_LIST_BOX (list), group);
      data->group = ADW_COMBO_ROW (group);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "ok", id != NULL ? _("_Rename") : _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "ok", id != NULL);
  g_signal_connect (name, "changed", G_CALLBACK (on_skill_name_changed_cb), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_skill_dialog_response_cb), data,
                         skill_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_skill_dialog (LADDER_SKILLS_VIEW (widget), NULL);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_skill_dialog (LADDER_SKILLS_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
on_targets_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        LadderSkillsView *self)
{
  guint changed;
  g_autofree char *message = NULL;

  if (self->profile == NULL || g_strcmp0 (response, "cancel") == 0)
    return;
  changed = ladder_targets_from_rung (ladder_profile_get_framework (self->profile), self->profile,
                                      g_strcmp0 (response, "all") == 0);
  message = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u target set from the rung",
                                        "%u targets set from the rung", changed),
                             changed);
  ladder_toast_show (GTK_WIDGET (self), message, NULL, NULL);
}

static void
targets_from_rung_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LadderSkillsView *self = LADDER_SKILLS_VIEW (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Set Targets from Your Target Rung?"),
                                   _("Each skill’s target becomes what your target rung expects. "
                                     "Targets you set yourself stay as they are, unless you "
                                     "choose to replace them too."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "all", _("Replace _All"),
                                    "untouched", _("_Keep Mine"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "all",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "untouched",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "untouched");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_targets_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Object ----------------------------------------------------------------------------- */

void
ladder_skills_view_set_profile (LadderSkillsView *self,
                                LadderProfile    *profile)
{
  g_return_if_fail (LADDER_IS_SKILLS_VIEW (self));
  g_return_if_fail (profile == NULL || LADDER_IS_PROFILE (profile));

  if (self->profile == profile)
    return;
  g_set_object (&self->profile, profile);
  self->rows_filled = FALSE;
  self->stale = FALSE;
  g_list_store_remove_all (self->rows);
  /* The radar follows first (bound in the template): the summary is its text. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
  g_signal_group_set_target (self->profile_signals, profile);
  if (profile != NULL)
    {
      gboolean writable = !ladder_profile_get_read_only (profile);

      on_profile_changed_cb (self);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "skills.add", writable);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "skills.targets-from-rung", writable);
      gtk_widget_set_sensitive (GTK_WIDGET (self->column_view), writable);
    }
}

static void
ladder_skills_view_map (GtkWidget *widget)
{
  LadderSkillsView *self = LADDER_SKILLS_VIEW (widget);

  GTK_WIDGET_CLASS (ladder_skills_view_parent_class)->map (widget);
  if (self->stale)
    {
      self->stale = FALSE;
      on_profile_changed_cb (self);
    }
}

static void
ladder_skills_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LadderSkillsView *self = LADDER_SKILLS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROFILE: g_value_set_object (value, self->profile); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_skills_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LadderSkillsView *self = LADDER_SKILLS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROFILE: ladder_skills_view_set_profile (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_skills_view_dispose (GObject *object)
{
  LadderSkillsView *self = LADDER_SKILLS_VIEW (object);

  g_clear_object (&self->profile_signals);
  g_clear_object (&self->profile);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_SKILLS_VIEW);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->sorted);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->then_dates, g_ptr_array_unref);
  G_OBJECT_CLASS (ladder_skills_view_parent_class)->dispose (object);
}

static void
ladder_skills_view_class_init (LadderSkillsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_skills_view_dispose;
  object_class->get_property = ladder_skills_view_get_property;
  object_class->set_property = ladder_skills_view_set_property;
  properties[PROP_PROFILE] = ladder_profile_param_spec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->map = ladder_skills_view_map;

  g_type_ensure (LADDER_TYPE_RADAR);
  g_type_ensure (LADDER_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ladder-skills-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderSkillsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, LadderSkillsView, overview_button);
  gtk_widget_class_bind_template_child (widget_class, LadderSkillsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LadderSkillsView, show_hidden_button);
  gtk_widget_class_bind_template_child (widget_class, LadderSkillsView, radar);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "skills.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "skills.rename", "s", rename_action);
  gtk_widget_class_install_action (widget_class, "skills.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "skills.toggle-hidden", "s",
                                   toggle_hidden_action);
  gtk_widget_class_install_action (widget_class, "skills.targets-from-rung", NULL,
                                   targets_from_rung_action);
}

static void
ladder_skills_view_init (LadderSkillsView *self)
{
  GtkSelectionModel *selection;

  gtk_widget_init_template (GTK_WIDGET (self));
  ladder_accessible_name_icon_button (self->overview_button, _("Overview"));
  /* The column view's list has no name of its own: Orca said "GtkColumnListView". */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      /* Translators: the skills matrix, for a screen reader */
                                      _("Your skills and levels"), -1);
  self->profile_signals = g_signal_group_new (LADDER_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "changed",
                                 G_CALLBACK (on_profile_changed_cb), self, G_CONNECT_SWAPPED);

  self->then_dates = g_ptr_array_new_with_free_func (g_free);
  self->then_choice = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  ladder_form_name_choice (self->then_choice, _("Compare with a day"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->then_choice),
                               _("Draw your levels on a day of your rating history under "
                                 "today's (dotted)"));
  gtk_widget_set_visible (GTK_WIDGET (self->then_choice), FALSE);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->radar))),
                              GTK_WIDGET (self->then_choice), GTK_WIDGET (self->radar));
  g_signal_connect_swapped (self->then_choice, "notify::selected",
                            G_CALLBACK (on_then_selected_cb), self);

  self->rows = g_list_store_new (LADDER_TYPE_SKILL_ROW);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                              GTK_FILTER (self->filter));
  build_columns (self);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                          g_object_ref (gtk_column_view_get_sorter (
                                            self->column_view)));
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->sorted))));
  gtk_column_view_set_model (self->column_view, selection);
  g_object_unref (selection);
}
