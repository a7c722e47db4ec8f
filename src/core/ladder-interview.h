/* SPDX-License-Identifier: GPL-3.0-or-later
 * Drafted answers to the HR questions about a career plan, from the profile and its plan. */
#pragma once

#include "ladder-framework.h"
#include "ladder-profile.h"

G_BEGIN_DECLS

const char * const *ladder_interview_questions     (void);
const char         *ladder_interview_question_text (LadderProfile   *profile,
                                                    const char      *question);
char               *ladder_interview_answer_in     (LadderProfile   *profile,
                                                    const char      *question,
                                                    const char      *language);
char               *ladder_interview_draft         (LadderFramework *framework,
                                                    LadderProfile   *profile,
                                                    const char      *question);
gboolean            ladder_interview_is_stale      (LadderProfile   *profile,
                                                    const char      *question);
void                ladder_interview_fill          (LadderFramework *framework,
                                                    LadderProfile   *profile,
                                                    gboolean         redraft_stale);
char               *ladder_interview_speaker_words (const char      *text);

/* Raised when drafts say different things: untouched drafts of an earlier one are made again. */
#define LADDER_INTERVIEW_DRAFTING 2

char        *ladder_interview_drafted_as        (void);
void         ladder_interview_redraft_untouched (LadderFramework *framework,
                                                LadderProfile   *profile);

G_END_DECLS
