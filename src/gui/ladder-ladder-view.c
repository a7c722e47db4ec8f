/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Ladder view: both tracks side by side, and beside them the selected rung in words: scope,
 * expectations, readiness and how it was computed, and the skills below the rung's level. */
#define G_LOG_DOMAIN "ladder-ladder-view"

#include "config.h"

#include "ladder-i18n.h"

#include <adwaita.h>

#include "core/ladder-readiness.h"
#include "ladder-profile-property.h"
#include "ladder-ladder-view.h"

struct _LadderLadderView
{
  GtkWidget parent_instance;

  LadderProfile *profile;
  GSignalGroup *profile_signals;

  LadderLadderChart *chart;
  GtkLabel *title_label;
  GtkLabel *track_label;
  GtkLabel *scope_label;
  GtkLabel *expectations_label;
  GtkLabel *years_label;
  GtkLabel *readiness_label;
  GtkLevelBar *readiness_bar;
  GtkLabel *reason_label;
  GtkLabel *explain_label;
  GtkListBox *gaps_list;
  GtkWidget *set_current_button;
  GtkWidget *set_target_button;
  AdwLeaflet *leaflet;          /* on a narrow window, the tracks and the rung's words fold */
  GtkWidget *details_scroller;
};

G_DEFINE_FINAL_TYPE (LadderLadderView, ladder_ladder_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_rung (const LadderRung *rung,
         const char       *track,
         const char       *id)
{
  return g_strcmp0 (rung->track, track) == 0 && g_strcmp0 (rung->id, id) == 0;
}

static void
update_details (LadderLadderView *self)
{
  LadderFramework *framework;
  const LadderRung *rung = ladder_ladder_chart_get_selected (self->chart);
  g_autoptr (LadderReadiness) readiness = NULL;
  g_autofree char *years = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *explain = NULL;
  gboolean read_only;
  GtkWidget *child;

  if (rung == NULL || self->profile == NULL)
    return;

  framework = ladder_profile_get_framework (self->profile);
  /* The profile moved to another ladder (or an undo moved it back) and the chart has not made
   * its tiles again yet: it selects a rung of the new ladder when it has, and this runs again. */
  if (ladder_framework_lookup_rung (framework, rung->track, rung->id) != rung)
    return;
  read_only = ladder_profile_get_read_only (self->profile);
  gtk_label_set_text (self->title_label, rung->title);
  gtk_label_set_text (self->track_label,
                      ladder_framework_lookup_track (framework, rung->track)->title);
  gtk_label_set_text (self->scope_label, rung->scope);
  gtk_widget_set_visible (GTK_WIDGET (self->scope_label), *rung->scope != '\0');
  gtk_label_set_text (self->expectations_label, rung->expectations);
  gtk_widget_set_visible (GTK_WIDGET (self->expectations_label), *rung->expectations != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->years_label), rung->years_known);
  if (rung->years == 0)
    years = g_strdup (_("Typically the first step, with no experience required."));
  else
    years = g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                        "Typically reached after about %u year of experience.",
                                        "Typically reached after about %u years of experience.",
                                        rung->years),
                             rung->years);
  gtk_label_set_text (self->years_label, years);

  readiness = ladder_readiness_compute (framework, self->profile, rung);
  percent = g_strdup_printf (_("Readiness: %u %%"), readiness->percent);
  gtk_label_set_text (self->readiness_label, percent);
  gtk_level_bar_set_value (self->readiness_bar, readiness->percent);
  reason = ladder_readiness_describe (readiness);
  gtk_label_set_text (self->reason_label, reason);
  explain = ladder_readiness_explain (readiness);
  gtk_label_set_text (self->explain_label, explain);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->gaps_list))) != NULL)
    gtk_list_box_remove (self->gaps_list, child);
  for (guint i = 0; i < readiness->gaps->len; i++)
    {
      const LadderGap *gap = &g_array_index (readiness->gaps, LadderGap, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *badge;
      g_autofree char *subtitle = NULL;
      g_autofree char *minus = NULL;
      g_autofree char *escaped = g_markup_escape_text (gap->title, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      /* Translators: a skill's level against a rung's: "Level 1, expected 3" */
      subtitle = g_strdup_printf (_("Level %d, expected %d"), gap->current, gap->expected);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      /* Translators: how many levels are missing, "−2" */
      minus = g_strdup_printf (_("−%d"), gap->expected - gap->current);
      badge = gtk_label_new (minus);
      gtk_widget_add_css_class (badge, "gap-badge");
      gtk_widget_add_css_class (badge, "numeric");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
      gtk_list_box_append (self->gaps_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->gaps_list), readiness->gaps->len > 0);

  {
    /* A button that has just acted and goes insensitive hands the focus on, so that it is not
     * lost: to the other button, or else to the rung's tile. */
    gboolean current_on = !read_only && !is_rung (rung, ladder_profile_get_track (self->profile),
                                                  ladder_profile_get_rung (self->profile));
    gboolean target_on = !read_only &&
                         !is_rung (rung, ladder_profile_get_target_track (self->profile),
                                   ladder_profile_get_target_rung (self->profile));
    gboolean had_focus = gtk_widget_has_focus (self->set_current_button) ||
                         gtk_widget_has_focus (self->set_target_button);

    gtk_widget_set_sensitive (self->set_current_button, current_on);
    gtk_widget_set_sensitive (self->set_target_button, target_on);
    if (had_focus && !gtk_widget_has_focus (self->set_current_button) &&
        !gtk_widget_has_focus (self->set_target_button))
      {
        if (current_on)
          gtk_widget_grab_focus (self->set_current_button);
        else if (target_on)
          gtk_widget_grab_focus (self->set_target_button);
        else
          gtk_widget_grab_focus (GTK_WIDGET (ladder_ladder_chart_get_tile (self->chart,
                                                                           rung->track,
                                                                           rung->id)));
      }
  }
}

static void
on_selection_changed_cb (LadderLadderView *self)
{
  update_details (self);
}

/* Folded, a rung clicked (or Enter, Space) opens its words; its first button takes the focus. */
static void
on_rung_activated_cb (LadderLadderView *self)
{
  if (!adw_leaflet_get_folded (self->leaflet))
    return;
  adw_leaflet_set_visible_child (self->leaflet, self->details_scroller);
  gtk_widget_grab_focus (gtk_widget_get_sensitive (self->set_current_button)
                         ? self->set_current_button : self->set_target_button);
}

/* Back to the tracks, with the focus on the rung the person was reading about. */
static void
on_back_clicked_cb (LadderLadderView *self)
{
  const LadderRung *rung = ladder_ladder_chart_get_selected (self->chart);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  if (rung != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (ladder_ladder_chart_get_tile (self->chart, rung->track,
                                                                     rung->id)));
}

static void
on_set_current_clicked_cb (LadderLadderView *self)
{
  const LadderRung *rung = ladder_ladder_chart_get_selected (self->chart);

  if (rung != NULL && self->profile != NULL)
    ladder_profile_set_position (self->profile, rung->track, rung->id);
}

static void
on_set_target_clicked_cb (LadderLadderView *self)
{
  const LadderRung *rung = ladder_ladder_chart_get_selected (self->chart);

  if (rung != NULL && self->profile != NULL)
    ladder_profile_set_target (self->profile, rung->track, rung->id);
}

LadderProfile *
ladder_ladder_view_get_profile (LadderLadderView *self)
{
  g_return_val_if_fail (LADDER_IS_LADDER_VIEW (self), NULL);
  return self->profile;
}

void
ladder_ladder_view_set_profile (LadderLadderView *self,
                                LadderProfile    *profile)
{
  g_return_if_fail (LADDER_IS_LADDER_VIEW (self));
  g_return_if_fail (profile == NULL || LADDER_IS_PROFILE (profile));

  /* The same profile again keeps everything as it is (it used to disconnect and stop). */
  if (self->profile == profile)
    return;
  g_set_object (&self->profile, profile);
  /* The chart follows first (bound in the template): the details describe its selection. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
  g_signal_group_set_target (self->profile_signals, profile);
  if (profile != NULL)
    update_details (self);
}

LadderLadderChart *
ladder_ladder_view_get_chart (LadderLadderView *self)
{
  g_return_val_if_fail (LADDER_IS_LADDER_VIEW (self), NULL);
  return self->chart;
}

static void
ladder_ladder_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LadderLadderView *self = LADDER_LADDER_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROFILE: g_value_set_object (value, self->profile); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_ladder_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LadderLadderView *self = LADDER_LADDER_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROFILE: ladder_ladder_view_set_profile (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_ladder_view_dispose (GObject *object)
{
  LadderLadderView *self = LADDER_LADDER_VIEW (object);

  g_clear_object (&self->profile_signals);
  g_clear_object (&self->profile);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_LADDER_VIEW);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ladder_ladder_view_parent_class)->dispose (object);
}

static void
ladder_ladder_view_class_init (LadderLadderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_ladder_view_dispose;
  object_class->get_property = ladder_ladder_view_get_property;
  object_class->set_property = ladder_ladder_view_set_property;

  properties[PROP_PROFILE] = ladder_profile_param_spec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LADDER_TYPE_LADDER_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ladder-ladder-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, chart);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, title_label);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, track_label);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, scope_label);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, expectations_label);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, years_label);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, readiness_label);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, readiness_bar);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, reason_label);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, explain_label);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, gaps_list);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, set_current_button);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, set_target_button);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LadderLadderView, details_scroller);
  gtk_widget_class_bind_template_callback (widget_class, on_rung_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_set_current_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_set_target_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_ladder_view_init (LadderLadderView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->profile_signals = g_signal_group_new (LADDER_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "changed", G_CALLBACK (update_details),
                                 self, G_CONNECT_SWAPPED);
}
