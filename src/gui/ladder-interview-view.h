/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Interview view: the HR questions with drafted, editable answers. */
#pragma once

#include <adwaita.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

#define LADDER_TYPE_INTERVIEW_VIEW (ladder_interview_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderInterviewView, ladder_interview_view, LADDER, INTERVIEW_VIEW,
                      GtkWidget)

void           ladder_interview_view_set_profile (LadderInterviewView *self,
                                                  LadderProfile       *profile);
GtkTextView   *ladder_interview_view_get_editor  (LadderInterviewView *self,
                                                  const char          *question);
void           ladder_interview_view_save_now    (LadderInterviewView *self);

G_END_DECLS
