/* SPDX-License-Identifier: GPL-3.0-or-later
 * What the main window's two files share: its fields, and what ladder-window-export.c (imports,
 * exports, printing) calls back in ladder-window.c. */
#pragma once

#include <adwaita.h>

#include "ladder-banner.h"
#include "ladder-interview-view.h"
#include "ladder-ladder-view.h"
#include "ladder-plan-view.h"
#include "ladder-progress-view.h"
#include "ladder-skills-view.h"
#include "core/ladder-session.h"
#include "core/ladder-store.h"
#include "ladder-window.h"

G_BEGIN_DECLS

struct _LadderWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  LadderBanner *state_banner;  /* why the open profile is read-only */
  LadderBanner *error_banner;  /* the last error, in full, until dismissed or mended */
  gboolean error_is_save;      /* the error banner says a save failed */
  GtkStack *main_stack;
  AdwViewStack *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwHeaderBar *header_bar;
  GtkMenuButton *profile_menu_button;
  GtkLabel *profile_label;
  LadderLadderView *ladder_view;
  AdwBin *skills_bin;
  AdwBin *plan_bin;
  AdwBin *interview_bin;
  AdwBin *progress_bin;
  LadderSkillsView *skills_view;       /* created when first shown */
  LadderPlanView *plan_view;           /* created when first shown */
  LadderInterviewView *interview_view; /* created when first shown */
  LadderProgressView *progress_view;   /* created when first shown */

  GSettings *settings;
  LadderStore *store;
  LadderSession *session; /* the open profile, its saving and its undo history */
  AdwToast *delete_toast;
  AdwToast *shown_toast;   /* the toast on screen, dismissed when another comes */
  AdwToast *pending_toast; /* the next toast, while the shown one is still coming in */
  guint pending_source;
  guint focus_source;        /* moving the focus into the view just shown */
  GtkWidget *shown_page;     /* the view stack's page shown before the current one */
  AdwToast *undo_toast;    /* (owned) the toast whose Undo takes back the newest step only */
  guint64 undo_toast_serial;
  GMenu *profiles_section;
  GMenu *profile_menu;
  gboolean conflict_open;
  gboolean close_anyway;
  GFile *export_folder;    /* where the last export went, for the next one */
};

#define PROFILE(self) ladder_session_get_profile ((self)->session)
#define FILE_NAME(self) ladder_session_get_file_name ((self)->session)

void ladder_window_show_error_dialog        (LadderWindow   *self,
                                             const char     *heading,
                                             const char     *body);
void ladder_window_dismiss_toast            (AdwToast       *toast);
void ladder_window_class_add_export_actions (GtkWidgetClass *widget_class);

G_END_DECLS
