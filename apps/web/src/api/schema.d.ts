// Generated from /api/docs-json by openapi-typescript; do not edit.
// Regenerate: UPDATE_API_TYPES=1 npm test -- test/e2e/web-api-contract

export interface paths {
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up (no dependencies checked) */
        get: operations["getLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers and suits the product (engine, locale); 503 from the moment the process is asked to stop */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password (and a second factor when enabled) */
        post: operations["loginAuth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for new tokens (the old one is spent) */
        post: operations["refreshAuth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password reset link (the same answer whether or not the address has an account) */
        post: operations["forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset link's token (single use); every session of the account ends */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session of this refresh token (or of the access token): its refresh and access tokens stop working */
        post: operations["logoutAuth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their memberships, locales and preferred language */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change display name or preferred language (If-Match required) */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/mfa/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start TOTP enrolment: returns the secret to put in an authenticator app
         * @description In production, for a role that requires a second factor, a call without `enrolmentToken` mails the account a single-use link (30 minutes) and answers 403 `mfa_enrolment_link_sent`; call again with the token from the link.
         */
        post: operations["startTotp"];
        /** Turn TOTP off (needs a current code or a recovery code; refused for roles that require MFA) */
        delete: operations["disableTotp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm enrolment with a current code; returns single-use recovery codes once */
        post: operations["confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All organisations (the directory every member can see) */
        get: operations["listOrganisations"];
        put?: never;
        /** Create an organisation (platform admins) */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation: its kind, name and jurisdiction */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an organisation (its steward or coordinator), or link its Jurisdiction record (admins); If-Match required */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's members (admins: any; stewards and coordinators: their own) */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/members/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One membership, with its ETag */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a member's role or locales; If-Match (the membership's version) required */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/members/{membershipId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable the member's account: every session ends at once (they must belong to no organisation you do not manage) */
        post: operations["disableMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/members/{membershipId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-enable the member's account (they sign in again) */
        post: operations["enableMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite an email into the organisation with a role; the mail goes out in the invitee's language */
        post: operations["inviteInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/invitations/{invitationId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail the invitation again with a new link in the invitee's language; the old link stops working */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: creates the account (with this password) and the membership */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first: all of it for admins and stewards, their jurisdiction's for coordinators */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner jurisdictions: active ones for everyone; all of them for stewards and observers */
        get: operations["listJurisdictions"];
        put?: never;
        /** Add a jurisdiction (stewards and admins) */
        post: operations["createJurisdiction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/jurisdictions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A jurisdiction: its code, level, locale, time zone and onboarding stage */
        get: operations["getJurisdiction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a jurisdiction (stewards and admins); If-Match required */
        patch: operations["updateJurisdiction"];
        trace?: never;
    };
    "/api/v1/onboarding/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications: all for stewards and observers, a city its own */
        get: operations["listApplications"];
        put?: never;
        /** Apply to join as a partner jurisdiction (no sign-in needed) */
        post: operations["applyApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application, with what accepting it would do beyond the usual */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/applications/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept: creates the partner's organisation, invites its coordinator, opens its case (stewards) */
        post: operations["acceptApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/applications/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline with a reason (stewards) */
        post: operations["declineApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/playbooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Playbook versions: published ones for everyone, drafts too for stewards and admins */
        get: operations["listPlaybooks"];
        put?: never;
        /** Start a draft version of a playbook (stewards and admins) */
        post: operations["createPlaybookDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/playbooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A playbook version with its steps, dependencies and evidence kinds */
        get: operations["getPlaybook"];
        /** Replace the definition of a draft; If-Match required; published versions never change (409) */
        put: operations["updatePlaybookDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/playbooks/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate and publish a draft (422 names every issue, cycles as paths); If-Match required */
        post: operations["publishPlaybook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Onboarding cases the caller may follow */
        get: operations["listCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case: steps with state, owner, due date, overdue flag, what locked steps wait for, percent complete */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every partner's stage, percent complete, overdue steps and last activity (stewards, observers, admins) */
        get: operations["getOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/steps/{stepId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the step in for review (its owner; needs every evidence kind it names); 409 if its state does not allow it */
        post: operations["submitStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/steps/{stepId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a submitted step (its reviewer); opens the steps that were waiting for it */
        post: operations["approveStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/steps/{stepId}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a submitted step back to its owner, saying what to change */
        post: operations["requestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/steps/{stepId}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Waive a step that does not apply (stewards, with a reason); counts as done */
        post: operations["waiveStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/steps/{stepId}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give the step to someone of the city (or nobody); If-Match with the step's version */
        put: operations["assignStep"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/steps/{stepId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A step's evidence: files (without their bytes), links and references */
        get: operations["listEvidence"];
        put?: never;
        /** Attach a link, a document or a data record (e.g. an adopted methodology adaptation) as evidence */
        post: operations["addReference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/steps/{stepId}/evidence/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file as evidence: the raw bytes as the body, its type as Content-Type, ?fileName= */
        post: operations["addFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/evidence/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file (whoever may see the step); ETag is its SHA-256 */
        get: operations["downloadStep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take back evidence while the step is open or sent back for changes (the city) */
        delete: operations["removeEvidence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/steps/{stepId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A step's discussion, oldest first */
        get: operations["listComments"];
        put?: never;
        /** Comment on a step (markdown); the city, the steward and ICLEI discuss here */
        post: operations["addComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook subscriptions of the caller's organisations */
        get: operations["listWebhooks"];
        put?: never;
        /** Subscribe one of your organisations to onboarding events; the answer holds the signing secret, once */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the URL, the event types, or pause it; If-Match required */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/onboarding/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery log: every event sent, attempts, last HTTP status, delivered or dead */
        get: operations["getDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/methodologies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Methodologies with the versions the caller may see */
        get: operations["listMethodologies"];
        put?: never;
        /** Create a methodology (stewards and admins) */
        post: operations["createMethodology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/methodologies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A methodology with the versions the caller may see */
        get: operations["getMethodology"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/methodologies/{key}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parameters, formulas, constants, inputs and sections added, removed or changed between two versions */
        get: operations["diffMethodology"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/methodologies/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a draft version: from the given content, a named version, or the latest published one */
        post: operations["createMethodologyDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/methodologies/{key}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A version: its content, checksum once published, and what validation says of it now */
        get: operations["getVersion"];
        /** Replace a draft’s content (If-Match); a published version never changes (409) */
        put: operations["updateMethodologyDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/methodologies/{key}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate (422 names every issue with its path) and freeze a draft under its checksum; If-Match */
        post: operations["publishMethodology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/methodologies/{key}/versions/{version}/deprecate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a published version deprecated (still readable and calculable); If-Match */
        post: operations["deprecateMethodology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/methodologies/{key}/versions/{version}/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the version over a project: every formula per stratum and year, the values used and where each came from, creditable tCO2e (rounded down once, at the end), value estimates */
        post: operations["calculateMethodology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adaptations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Adaptation revisions the caller may see (own city’s, every submitted and approved one) */
        get: operations["listAdaptations"];
        put?: never;
        /** Adopt a published version for a jurisdiction (revision 1, a draft) */
        post: operations["createAdaptation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adaptations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An adaptation revision: its overrides, their review and any upgrade report */
        get: operations["getAdaptation"];
        /** Replace a draft’s overrides (If-Match); submitted and decided revisions do not change (409) */
        put: operations["updateAdaptation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adaptations/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for the steward’s approval; deviations are listed for their decision (If-Match) */
        post: operations["submitAdaptation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adaptations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a submitted revision (steward); a reason is required when it holds deviations (If-Match) */
        post: operations["approveAdaptation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adaptations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a submitted revision with a reason (steward; If-Match) */
        post: operations["rejectAdaptation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adaptations/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the next revision of a decided one, optionally on a newer version (carried overrides applied, report attached) */
        post: operations["reviseAdaptation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adaptations/{id}/upgrade-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What moving to a newer version would carry over, leave out of range, or add */
        get: operations["upgradeReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents you may see, newest first */
        get: operations["listDocuments"];
        put?: never;
        /** Create a document with its first revision (Markdown), segmented and ready to translate */
        post: operations["createDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document: its current revision in Markdown and its progress per target locale */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the title, target locales or due date (If-Match required) */
        patch: operations["updateDocument"];
        trace?: never;
    };
    "/api/v1/documents/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The revisions of a document, newest first: author, message and how each aligned with the one before */
        get: operations["listRevisions"];
        put?: never;
        /** Save a new revision (If-Match required): unchanged segments keep their translations, changed ones become outdated */
        post: operations["addRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision with its Markdown (the source as it was then) */
        get: operations["getRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Translation progress per target locale: counts and percentages by state, outdated, publishable */
        get: operations["getProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/publications/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a locale: every segment approved and none outdated, or partial (source fallback marked) */
        post: operations["publishDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Markdown and HTML of the latest publication in a locale, or of the current revision (revision=current) */
        get: operations["renderDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/markdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Markdown export of the current revision in a locale (translated so far, source elsewhere) */
        get: operations["getMarkdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Segments of the current revision with their translation in the locale (outdated ones with the old source and a diff) */
        get: operations["listTranslations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/segments/{segmentId}/translations/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One segment and its translation in a locale, with QA findings */
        get: operations["getTranslation"];
        /** Save a translation (If-Match: "0" for the first one); QA runs and its findings are returned */
        put: operations["saveTranslation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/segments/{segmentId}/translations/{locale}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review, approve or reject a translation (If-Match); a rejection says why (comment); QA errors and an outdated source block approval */
        post: operations["reviewTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/segments/{segmentId}/translations/{locale}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of the translation, oldest first */
        get: operations["getTranslationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/segments/{segmentId}/translations/{locale}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Translation-memory matches (in-context 101, exact 100, fuzzy) with diffs, and glossary terms */
        get: operations["getSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/segments/{segmentId}/translations/{locale}/qa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** QA of a translation being typed, as a save would run it, without saving (for the editor, on a debounce) */
        post: operations["checkTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/xliff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** XLIFF 2.0 (or 1.2 with version=1.2) of the current revision for one target locale (one unit per segment, ids stable; states mapped, outdated sources in notes, translation versions in mda:metadata, in 1.2 in extradata) */
        get: operations["exportXliff"];
        put?: never;
        /** Import a CAT tool's XLIFF 2.0 or 1.2 in one transaction; segments whose source or translation changed since the export are refused and reported with their text and a reason */
        post: operations["importXliff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memory/tmx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TMX 1.4b of the translation memory for one locale pair, each unit with its origin (who, when, document and segment); never another city’s working copy */
        get: operations["exportTmx"];
        put?: never;
        /** Import a TMX into the memory of one locale pair (reviewers of the target); units missing a language, empty or too long are refused and reported */
        post: operations["importTmx"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/glossary/tbx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The glossary as TBX-Basic (ISO 30042:2019): one conceptEntry per concept, term statuses as administrativeStatus */
        get: operations["exportTbx"];
        put?: never;
        /** Merge a TBX into the glossary in the locales you review: new terms added, statuses applied, nothing deleted; the rest refused and reported */
        post: operations["importTbx"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/translation-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents with untranslated, outdated or unreviewed segments in your locales, soonest due first */
        get: operations["getQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/glossary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Glossary concepts with their terms per locale (preferred, admitted, forbidden), notes and edit counters; searchable in every locale, paged with limit/offset */
        get: operations["listGlossary"];
        put?: never;
        /** Create a concept with its first terms in one locale (reviewers of that locale); an id in use is 409 */
        post: operations["createGlossary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/glossary/{conceptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One glossary concept with its terms per locale */
        get: operations["getGlossary"];
        put?: never;
        post?: never;
        /** Delete a concept (reviewers of every locale it has terms in, If-Match required); its history stays */
        delete: operations["deleteGlossary"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/glossary/{conceptId}/terms/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace an existing concept's terms in one locale (reviewers of that locale, If-Match required); QA uses them from the next save */
        put: operations["putTerms"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/glossary/{conceptId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every state of the concept, oldest first, the last one before a deletion included */
        get: operations["getGlossaryHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ui-strings/{namespace}/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An i18next JSON v4 namespace in one locale (plural suffixes by Intl.PluralRules) */
        get: operations["exportUiString"];
        /** Import an i18next JSON v4 namespace for one locale (translators of that locale) */
        put: operations["importUiString"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ui-strings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every UI string namespace, with its key count per locale */
        get: operations["listUiStringNamespaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ui-strings/{namespace}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each locale of a namespace lacks: keys of the source locale (en) absent or empty, and plural forms the locale needs */
        get: operations["getUiStringGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the signed-in user receives each kind of notification: immediately, in a daily digest, or never */
        get: operations["getPreference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the choice for some kinds (If-Match required); the others stay */
        patch: operations["updatePreference"];
        trace?: never;
    };
    "/api/v1/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow a mail's unsubscribe link: that kind of notification becomes "never"; answered in the recipient's language */
        get: operations["getFollow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects you may see (drafts only of your own city), oldest first */
        get: operations["listProjects"];
        put?: never;
        /** Draft a project of your city under an approved adaptation; the boundary is checked and measured */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project with its boundary, measured area, strata and the actions its state allows */
        get: operations["getProject"];
        /** Change a draft; the area check starts over; If-Match required */
        put: operations["updateProject"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the draft to the steward for validation */
        post: operations["submitProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Steward: validate a submitted project (acknowledging an area difference over 5%) */
        post: operations["validateProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Steward: send a submitted or validated project back to draft with a reason */
        post: operations["rejectProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Steward: register a validated project */
        post: operations["registerProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Steward: close a registered or crediting project */
        post: operations["closeProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/monitoring-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's monitoring reports, oldest period first */
        get: operations["listMonitoring"];
        put?: never;
        /** Draft a monitoring report of a registered project: a period of whole calendar years and what was measured */
        post: operations["createMonitoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/issuances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credits issued to the project, per vintage, with serial ranges, buffer, breakdown and methodology checksum */
        get: operations["getIssuances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A monitoring report: its period, what was measured, its state */
        get: operations["getMonitoring"];
        /** Change a draft report; If-Match required */
        put: operations["updateMonitoring"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring-reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a draft report to the steward for approval; If-Match required */
        post: operations["submitMonitoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring-reports/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Steward: approve; the calculator runs with the project’s adaptation and the credits are issued per vintage */
        post: operations["approveMonitoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring-reports/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Steward: send a submitted report back to draft with a reason */
        post: operations["rejectMonitoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's sales, oldest first, with their US dollar value where a rate was entered */
        get: operations["listSales"];
        put?: never;
        /** Record a bilateral sale: never more than issued − buffer − sold of the vintage (409 otherwise) */
        post: operations["createSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per vintage: issued, buffer, sold, retired and available tonnes */
        get: operations["getCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sale with the retirements made from it */
        get: operations["getSale"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/{id}/retirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire tonnes of a sale on the buyer’s behalf, for a beneficiary: out of circulation for good */
        post: operations["retireSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buyers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shared buyer directory */
        get: operations["listBuyers"];
        put?: never;
        /** Steward: add a buyer to the shared directory */
        post: operations["createBuyer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buyers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A buyer of the directory */
        get: operations["getBuyer"];
        /** Steward: change a buyer (its public consent among others); If-Match required */
        put: operations["updateBuyer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fx-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exchange rates to US dollars, by currency and date */
        get: operations["listFxRates"];
        put?: never;
        /** Steward: US dollars per unit of a currency on a date */
        post: operations["createFxRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fx-rates/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Steward: import rates from CSV text (currency,date,usd_per_unit[,source]); all or nothing */
        post: operations["importFxRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fx-rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One exchange rate */
        get: operations["getFxRate"];
        /** Steward: correct a rate; If-Match required */
        put: operations["updateFxRate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The documents about the project that you may read, oldest first */
        get: operations["listProjectDocuments"];
        put?: never;
        /** Attach a document to the project (its description, to translate): a document of the project’s city about it */
        post: operations["attachProjectDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per jurisdiction, country and overall: hectares, credits, sales, prices, onboarding stage (a city sees its own) */
        get: operations["getRead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/jurisdictions.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jurisdictions table as CSV */
        get: operations["getJurisdictions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/countries.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The countries table as CSV */
        get: operations["getCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/overall.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The overall figures as CSV */
        get: operations["getOverall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/prices.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prices per original currency at each level as CSV */
        get: operations["getPrices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public figures: registered projects and their sales; buyers named only with their consent. Cacheable (ETag, 304) */
        get: operations["getSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/auctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Steward or the project’s city: offer a lot of a vintage (at most what is available) to registered bidders */
        post: operations["openAuction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Auctions, oldest first, of one project if projectId is given */
        get: operations["listAuctions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auctions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An auction with its current price (sealed: once closed) and, for a bidder, its own bids */
        get: operations["getAuction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auctions/{id}/bids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bids, best first, a page at a time: bidders by number; the buyer only for the steward and the project’s city */
        get: operations["getBids"];
        put?: never;
        /** Bidder: bid a price per tonne; refused below the reserve or the increment, or when outbid (409) */
        post: operations["placeBid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auctions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Steward or the project’s city: close an auction that has ended (the worker does it too): the best bid buys the lot */
        post: operations["closeAuction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buyer-organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Steward: register a buyer that bids (an organisation of kind buyer) and invite its contact as its first bidder */
        post: operations["registerBuyerOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LiveResponse: {
            /** @enum {string} */
            status: "ok";
        };
        DatabaseReadiness: {
            /** @enum {string} */
            engine: "embedded" | "server";
            version: string;
            /** @example C.UTF-8 */
            ctype: string;
        };
        ReadinessResponse: {
            /** @enum {string} */
            status: "ok";
            database: components["schemas"]["DatabaseReadiness"];
        };
        LoginDto: {
            /** @example coordinator@enping.demo */
            email: string;
            /** @example BlueCarbon-Demo-2024! */
            password: string;
            /**
             * @description Six-digit code from the authenticator app, when MFA is on
             * @example 123456
             */
            totpCode?: string;
            /**
             * @description A single-use recovery code instead of the TOTP code
             * @example k7m2p-x9q4r
             */
            recoveryCode?: string;
        };
        TokenResponse: {
            /** @description JWT for the Authorization: Bearer header */
            accessToken: string;
            /** @example Bearer */
            tokenType: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /** @description Opaque, single use: exchange at /auth/refresh */
            refreshToken: string | null;
            /** @description True when the role requires a second factor not yet set up: the token only allows enrolling one */
            mfaEnrolmentRequired: boolean;
        };
        RefreshDto: {
            /** @example q5G2n8yXlqv0e1c3Jx2bS0f4YhZ8a1dRk9mT6uWvX7o */
            refreshToken: string;
        };
        ForgotPasswordDto: {
            /** @example coordinator@enping.demo */
            email: string;
        };
        AcceptedResponse: {
            /** @enum {string} */
            status: "accepted";
        };
        ResetPasswordDto: {
            /**
             * @description The token from the mailed link
             * @example q5G2n8yXlqv0e1c3Jx2bS0f4YhZ8a1dRk9mT6uWvX7o
             */
            token: string;
            /**
             * @description 12 to 256 characters, not a common password
             * @example mangroves grow in brackish water
             */
            password: string;
        };
        LogoutDto: {
            /**
             * @description The session's refresh token; without one, the session of the access token ends (an enrolment-only sign-in has none)
             * @example q5G2n8yXlqv0e1c3Jx2bS0f4YhZ8a1dRk9mT6uWvX7o
             */
            refreshToken?: string;
        };
        LocalizedNameDto: {
            /** @example Enping City */
            en: string;
            /** @example 恩平市 */
            "zh-CN"?: string;
            /** @example Cidade de Enping */
            "pt-BR"?: string;
        };
        OrganisationResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "steward" | "jurisdiction" | "international" | "language_team" | "platform" | "buyer";
            name: components["schemas"]["LocalizedNameDto"];
            jurisdictionCode: string | null;
            /** Format: uuid */
            jurisdictionId: string | null;
            version: number;
        };
        MembershipResponse: {
            organisation: components["schemas"]["OrganisationResponse"];
            /** @enum {string} */
            role: "admin" | "steward" | "coordinator" | "contributor" | "observer" | "translator" | "reviewer" | "bidder";
            locales: string[];
        };
        MeResponse: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            /** @enum {string} */
            preferredLocale: "en" | "zh-CN" | "pt-BR";
            /**
             * @description The user's own time zone, else their jurisdiction's, else UTC
             * @example Asia/Shanghai
             */
            timeZone: string;
            /** @description Whether the user chose the time zone (false: it follows the default) */
            timeZoneChosen: boolean;
            mfaEnabled: boolean;
            memberships: components["schemas"]["MembershipResponse"][];
            /** @description Locales the user translates or reviews */
            locales: string[];
            organisationKinds: ("steward" | "jurisdiction" | "international" | "language_team" | "platform" | "buyer")[];
            version: number;
        };
        UpdateMeDto: {
            /** @example Chen Wei */
            displayName?: string;
            /**
             * @example zh-CN
             * @enum {string}
             */
            preferredLocale?: "en" | "zh-CN" | "pt-BR";
            /**
             * @description IANA time zone for dates in answers and mails; null goes back to the jurisdiction's (else UTC)
             * @example Asia/Shanghai
             */
            timeZone?: string | null;
        };
        StartTotpDto: {
            /** @description The token of a mailed enrolment link (roles that require a second factor, in production) */
            enrolmentToken?: string;
        };
        TotpEnrolmentResponse: {
            /** @description Base32 secret, for typing into an authenticator app */
            secret: string;
            /** @description otpauth:// URI, for a QR code */
            otpauthUri: string;
        };
        TotpCodeDto: {
            /**
             * @description Six-digit code from the authenticator app
             * @example 123456
             */
            code: string;
        };
        RecoveryCodesResponse: {
            /** @description Single-use codes, shown once: store them safely */
            recoveryCodes: string[];
        };
        DisableMfaDto: {
            /**
             * @description A current TOTP code
             * @example 123456
             */
            totpCode?: string;
            /**
             * @description Or a recovery code
             * @example k7m2p-x9q4r
             */
            recoveryCode?: string;
        };
        CreateOrganisationDto: {
            /**
             * @example jurisdiction
             * @enum {string}
             */
            kind: "steward" | "jurisdiction" | "international" | "language_team" | "platform" | "buyer";
            name: components["schemas"]["LocalizedNameDto"];
            /**
             * @description Stable partner code, required for kind jurisdiction
             * @example BR-RJ-MARICA
             */
            jurisdictionCode?: string;
        };
        UpdateOrganisationDto: {
            name?: components["schemas"]["LocalizedNameDto"];
            /**
             * Format: uuid
             * @description Links the onboarding Jurisdiction record (platform admins only)
             */
            jurisdictionId?: string;
        };
        MemberResponse: {
            /** Format: uuid */
            membershipId: string;
            /** Format: uuid */
            userId: string;
            email: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "steward" | "coordinator" | "contributor" | "observer" | "translator" | "reviewer" | "bidder";
            locales: string[];
            /** @enum {string} */
            status: "active" | "disabled";
            /** @description The membership's version (its ETag) */
            version: number;
        };
        UpdateMemberDto: {
            /**
             * @description Must fit the organisation kind
             * @example contributor
             * @enum {string}
             */
            role?: "admin" | "steward" | "coordinator" | "contributor" | "observer" | "translator" | "reviewer" | "bidder";
            /**
             * @description Working locales: required for translators and reviewers, empty for other roles
             * @example []
             */
            locales?: string[];
        };
        CreateInvitationDto: {
            /** @example new.colleague@example.org */
            email: string;
            /**
             * @example contributor
             * @enum {string}
             */
            role: "admin" | "steward" | "coordinator" | "contributor" | "observer" | "translator" | "reviewer" | "bidder";
            /**
             * @description Working locales, for translators and reviewers
             * @example []
             */
            locales?: string[];
            /**
             * @description Language of the invitation mail and of the new account
             * @example zh-CN
             * @enum {string}
             */
            locale?: "en" | "zh-CN" | "pt-BR";
        };
        InvitationResponse: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "admin" | "steward" | "coordinator" | "contributor" | "observer" | "translator" | "reviewer" | "bidder";
            /** Format: uuid */
            organisationId: string;
            /** Format: date-time */
            expiresAt: string;
        };
        AcceptInvitationDto: {
            /**
             * @description The token from the mailed link
             * @example q5G2n8yXlqv0e1c3Jx2bS0f4YhZ8a1dRk9mT6uWvX7o
             */
            token: string;
            /**
             * @description 12 to 256 characters, not a common password
             * @example mangroves grow in brackish water
             */
            password: string;
            /** @example Li Na */
            displayName: string;
        };
        AcceptedInvitationResponse: {
            /** Format: uuid */
            userId: string;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "admin" | "steward" | "coordinator" | "contributor" | "observer" | "translator" | "reviewer" | "bidder";
        };
        AuditEventResponse: {
            /** Format: uuid */
            id: string;
            at: string;
            actorId: string | null;
            actorOrganisationId: string | null;
            jurisdictionId: string | null;
            action: string;
            subjectType: string;
            subjectId: string | null;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            requestId: string | null;
        };
        AuditPageResponse: {
            items: components["schemas"]["AuditEventResponse"][];
            nextCursor: string | null;
        };
        OnboardingLocalizedTextDto: {
            /** @example Enping City */
            en: string;
            /** @example 恩平市 */
            "zh-CN"?: string;
            /** @example Cidade de Enping */
            "pt-BR"?: string;
        };
        JurisdictionResponse: {
            /** Format: uuid */
            id: string;
            code: string;
            name: components["schemas"]["OnboardingLocalizedTextDto"];
            /** @enum {string} */
            level: "country" | "state" | "province" | "city" | "district";
            parentId: string | null;
            country: string;
            primaryLocale: string;
            timeZone: string;
            /** @enum {string} */
            status: "prospect" | "applicant" | "onboarding" | "active" | "suspended";
            version: number;
        };
        CreateJurisdictionDto: {
            /** @example BR-RJ-MARICA */
            code: string;
            name: components["schemas"]["OnboardingLocalizedTextDto"];
            /** @enum {string} */
            level: "country" | "state" | "province" | "city" | "district";
            /**
             * @description Code of the enclosing jurisdiction
             * @example BR-RJ
             */
            parentCode?: string;
            /** @example BR */
            country: string;
            /** @enum {string} */
            primaryLocale: "en" | "zh-CN" | "pt-BR";
            /** @example America/Sao_Paulo */
            timeZone: string;
            /**
             * @default prospect
             * @enum {string}
             */
            status: "prospect" | "applicant" | "onboarding" | "active" | "suspended";
        };
        UpdateJurisdictionDto: {
            name?: components["schemas"]["OnboardingLocalizedTextDto"];
            /** @enum {string} */
            primaryLocale?: "en" | "zh-CN" | "pt-BR";
            /** @example America/Sao_Paulo */
            timeZone?: string;
            /** @enum {string} */
            status?: "prospect" | "applicant" | "onboarding" | "active" | "suspended";
        };
        ApplyDto: {
            /** @description Name of the applying organisation (e.g. the city government) */
            organisationName: components["schemas"]["OnboardingLocalizedTextDto"];
            /** @example BR-RJ-MARICA */
            jurisdictionCode: string;
            /** @description Name of the jurisdiction */
            jurisdictionName: components["schemas"]["OnboardingLocalizedTextDto"];
            /**
             * @example city
             * @enum {string}
             */
            level: "country" | "state" | "province" | "city" | "district";
            /** @example America/Sao_Paulo */
            timeZone: string;
            /** @example Ana Souza */
            contactName: string;
            /** @example ana.souza@marica.rj.gov.br */
            contactEmail: string;
            /**
             * Format: decimal
             * @description Mangrove area in hectares, if known (decimal text)
             * @example 412.5
             */
            mangroveAreaHa?: string;
            /** @example Protect the Maricá lagoon mangroves and finance them with blue-carbon credits. */
            motivation: string;
            /**
             * @example pt-BR
             * @enum {string}
             */
            preferredLanguage: "en" | "zh-CN" | "pt-BR";
        };
        ApplicationReceiptResponse: {
            /** Format: uuid */
            id: string;
            jurisdictionCode: string;
            organisationName: components["schemas"]["OnboardingLocalizedTextDto"];
            contactName: string;
            contactEmail: string;
            /** Format: decimal */
            mangroveAreaHa: string | null;
            motivation: string;
            preferredLanguage: string;
            /** @enum {string} */
            status: "pending";
            /** Format: date-time */
            createdAt: string;
        };
        ApplicationWarningResponse: {
            /** @enum {string} */
            code: "links_existing_organisation" | "jurisdiction_not_applicable";
            /**
             * Format: uuid
             * @description links_existing_organisation: the organisation accepting would link
             */
            organisationId?: string;
            /** @description jurisdiction_not_applicable: its stage now (accepting is refused) */
            status?: string;
        };
        ApplicationResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Null until accepted when the jurisdiction is new
             */
            jurisdictionId: string | null;
            jurisdictionCode: string;
            /** @description The jurisdiction’s stage now; null when it does not exist yet */
            jurisdictionStatus: string | null;
            organisationName: components["schemas"]["OnboardingLocalizedTextDto"];
            contactName: string;
            contactEmail: string;
            /** Format: decimal */
            mangroveAreaHa: string | null;
            motivation: string;
            preferredLanguage: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined";
            decisionReason: string | null;
            organisationId: string | null;
            caseId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description For a pending application: what accepting it would do beyond the usual */
            warnings: components["schemas"]["ApplicationWarningResponse"][];
        };
        AcceptResultResponse: {
            application: components["schemas"]["ApplicationResponse"];
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            invitationId: string;
            /** Format: uuid */
            caseId: string;
        };
        DeclineDto: {
            /** @example No mangroves in the jurisdiction. */
            reason: string;
        };
        StepDefinitionDto: {
            /** @example focal_point */
            key: string;
            title: components["schemas"]["OnboardingLocalizedTextDto"];
            guidance: components["schemas"]["OnboardingLocalizedTextDto"];
            /**
             * @description Any of file, link, document, data_record
             * @example [
             *       "file"
             *     ]
             */
            evidence: string[];
            /** @example [] */
            dependsOn: string[];
            /**
             * @description One of coordinator, contributor
             * @example coordinator
             */
            ownerRole: string;
            /**
             * @description One of steward, admin
             * @example steward
             */
            reviewerRole: string;
            /** @example 30 */
            dueInDays: number;
        };
        PlaybookDefinitionDto: {
            name: components["schemas"]["OnboardingLocalizedTextDto"];
            description?: components["schemas"]["OnboardingLocalizedTextDto"];
            steps: components["schemas"]["StepDefinitionDto"][];
        };
        PlaybookResponse: {
            /** Format: uuid */
            id: string;
            key: string;
            playbookVersion: number;
            /** @enum {string} */
            status: "draft" | "published";
            definition: components["schemas"]["PlaybookDefinitionDto"];
            /** Format: date-time */
            publishedAt: string | null;
            version: number;
        };
        CreatePlaybookDraftDto: {
            /**
             * @description Versions of one playbook share its key
             * @example shenzhen-model-replication
             */
            key: string;
            /** @description Omit to start from the latest published version */
            definition?: components["schemas"]["PlaybookDefinitionDto"];
        };
        UpdatePlaybookDraftDto: {
            definition: components["schemas"]["PlaybookDefinitionDto"];
        };
        CaseSummaryResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            jurisdictionId: string;
            code: string;
            status: string;
            /** Format: date-time */
            startedAt: string;
        };
        CaseJurisdictionResponse: {
            /** Format: uuid */
            id: string;
            code: string;
            name: {
                en: string;
                "zh-CN"?: string;
                "pt-BR"?: string;
            };
            status: string;
            timeZone: string;
        };
        CasePlaybookResponse: {
            /** Format: uuid */
            id: string;
            key: string;
            playbookVersion: number;
            name: {
                en: string;
                "zh-CN"?: string;
                "pt-BR"?: string;
            };
        };
        StepViewResponse: {
            /** Format: uuid */
            id: string;
            key: string;
            position: number;
            title: {
                en: string;
                "zh-CN"?: string;
                "pt-BR"?: string;
            };
            guidance: {
                en: string;
                "zh-CN"?: string;
                "pt-BR"?: string;
            };
            /** @enum {string} */
            state: "locked" | "open" | "submitted" | "changes_requested" | "approved" | "waived";
            ownerRole: string;
            reviewerRole: string;
            evidenceRequired: string[];
            /** Format: date */
            dueOn: string | null;
            overdue: boolean;
            daysLeft: number | null;
            /** @description Keys of the steps this one waits for */
            waitingFor: string[];
            decisionReason: string | null;
            /** Format: uuid */
            assigneeId: string | null;
            /** @description The edit counter: send it back as If-Match */
            version: number;
        };
        CaseResponse: {
            /** Format: uuid */
            id: string;
            status: string;
            jurisdiction: components["schemas"]["CaseJurisdictionResponse"];
            playbook: components["schemas"]["CasePlaybookResponse"];
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            lastActivityAt: string;
            percentComplete: number;
            doneSteps: number;
            totalSteps: number;
            overdueCount: number;
            steps: components["schemas"]["StepViewResponse"][];
        };
        OverviewRowResponse: {
            /** Format: uuid */
            jurisdictionId: string;
            code: string;
            name: {
                en: string;
                "zh-CN"?: string;
                "pt-BR"?: string;
            };
            country: string;
            status: string;
            /** Format: uuid */
            caseId: string | null;
            caseStatus: string | null;
            /** @description Steps the partner is working on or waiting for review on */
            currentSteps: string[];
            percentComplete: number;
            overdueCount: number;
            /** Format: date-time */
            lastActivityAt: string | null;
        };
        OverviewResponse: {
            /** Format: date-time */
            generatedAt: string;
            partners: components["schemas"]["OverviewRowResponse"][];
        };
        StepResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            key: string;
            position: number;
            /** @enum {string} */
            state: "locked" | "open" | "submitted" | "changes_requested" | "approved" | "waived";
            dependsOn: string[];
            evidenceKinds: ("file" | "link" | "document" | "data_record")[];
            /** @enum {string} */
            ownerRole: "coordinator" | "contributor";
            /** @enum {string} */
            reviewerRole: "steward" | "admin";
            dueInDays: number;
            /** Format: uuid */
            assigneeId: string | null;
            /** Format: date-time */
            openedAt: string | null;
            /** Format: date */
            dueOn: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            decisionReason: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description The edit counter: send it back as If-Match */
            version: number;
        };
        OnboardingReasonDto: {
            /** @example Focal point letter must be signed by the mayor. */
            reason: string;
        };
        AssignStepDto: {
            /**
             * Format: uuid
             * @description A coordinator or contributor of the city; null to unassign
             * @example 8b7e3c1a-52d4-4f0e-9a61-3c2f5d9e7b10
             */
            assigneeId: string | null;
        };
        EvidenceResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            stepId: string;
            /** @enum {string} */
            kind: "file" | "link" | "document" | "data_record";
            fileName: string | null;
            contentType: string | null;
            sizeBytes: number | null;
            sha256: string | null;
            url: string | null;
            /** @description A document or data record: what kind of record */
            referenceType: string | null;
            referenceId: string | null;
            note: string | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        LinkEvidenceDto: {
            /** @enum {string} */
            kind: "link" | "document" | "data_record";
            /**
             * @description For kind link
             * @example https://www.niteroi.rj.gov.br/manguezais
             */
            url?: string;
            /**
             * @description For document / data_record: what the record is (document for a document, methodology_adaptation for a data record)
             * @example methodology_adaptation
             * @enum {string}
             */
            referenceType?: "document" | "methodology_adaptation";
            /**
             * Format: uuid
             * @description For document / data_record: the record id
             */
            referenceId?: string;
            note?: string;
        };
        CommentResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            stepId: string;
            /** Format: uuid */
            authorId: string;
            /** Format: uuid */
            authorOrganisationId: string | null;
            /** @description Markdown */
            body: string;
            /** Format: date-time */
            createdAt: string;
        };
        CommentDto: {
            /** @example Could you add the **species list** to the baseline? */
            body: string;
        };
        CreateWebhookDto: {
            /**
             * Format: uuid
             * @description The organisation the subscription belongs to (one of yours)
             * @example 3f6d2a9e-7c41-4b8a-9e25-1d0c8b6f4a73
             */
            organisationId: string;
            /** @example https://partner.example.org/hooks/bluecarbon */
            url: string;
            /**
             * @description Empty or omitted: every onboarding event
             * @example [
             *       "onboarding.step.approved"
             *     ]
             */
            eventTypes?: string[];
        };
        CreatedWebhookResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            jurisdictionCode: string | null;
            url: string;
            eventTypes: string[];
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The edit counter: send it back as If-Match */
            version: number;
            /** @description The signing secret, shown this once */
            secret: string;
        };
        WebhookResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            jurisdictionCode: string | null;
            url: string;
            eventTypes: string[];
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The edit counter: send it back as If-Match */
            version: number;
        };
        UpdateWebhookDto: {
            url?: string;
            eventTypes?: string[];
            active?: boolean;
        };
        DeliveryResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            subscriptionId: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "dead";
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        MethodologyLocalizedTextDto: {
            /** @example Enping City */
            en: string;
            /** @example 恩平市 */
            "zh-CN"?: string;
            /** @example Cidade de Enping */
            "pt-BR"?: string;
        };
        VersionSummary: {
            /** @example 1.0.0 */
            version: string;
            /** @enum {string} */
            status: "draft" | "published" | "deprecated";
            checksum: string | null;
            /** Format: date-time */
            publishedAt: string | null;
        };
        TemplateResponse: {
            /** Format: uuid */
            id: string;
            key: string;
            title: components["schemas"]["MethodologyLocalizedTextDto"];
            stewardOrganisationId: string | null;
            versions: components["schemas"]["VersionSummary"][];
        };
        CreateTemplateDto: {
            /**
             * @description Stable key; versions of the methodology share it
             * @example blue-carbon-restoration
             */
            key: string;
            title: components["schemas"]["MethodologyLocalizedTextDto"];
            /**
             * Format: uuid
             * @description The steward organisation; defaults to the caller’s
             */
            stewardOrganisationId?: string;
        };
        FieldChangeResponse: {
            field: string;
            /** @description Whatever the field holds in the version (JSON) */
            from: (string | number | boolean | {
                [key: string]: unknown;
            } | unknown[]) | null;
            /** @description Whatever the field holds in the version (JSON) */
            to: (string | number | boolean | {
                [key: string]: unknown;
            } | unknown[]) | null;
        };
        ChangedItemResponse: {
            key: string;
            changes: components["schemas"]["FieldChangeResponse"][];
            /**
             * @description The newer side of this item does not validate
             * @enum {boolean}
             */
            invalid?: true;
        };
        KeyedChangesResponse: {
            /** @description Definitions only the newer version has */
            added: {
                [key: string]: unknown;
            }[];
            /** @description Definitions only the older version has */
            removed: {
                [key: string]: unknown;
            }[];
            changed: components["schemas"]["ChangedItemResponse"][];
        };
        ChangedSectionResponse: {
            key: string;
            locales: string[];
        };
        SectionChangesResponse: {
            added: string[];
            removed: string[];
            changed: components["schemas"]["ChangedSectionResponse"][];
        };
        ValidationIssueResponse: {
            code: string;
            /** @example formulas[2].expression */
            path: string;
            message: string;
        };
        ValidationResponse: {
            valid: boolean;
            issues: components["schemas"]["ValidationIssueResponse"][];
        };
        DiffValidationPairResponse: {
            from: components["schemas"]["ValidationResponse"];
            to: components["schemas"]["ValidationResponse"];
        };
        VersionDiffResponse: {
            /** @example 1.0.0 */
            from: string;
            /** @example 1.1.0 */
            to: string;
            parameters: components["schemas"]["KeyedChangesResponse"];
            inputs: components["schemas"]["KeyedChangesResponse"];
            constants: components["schemas"]["KeyedChangesResponse"];
            formulas: components["schemas"]["KeyedChangesResponse"];
            sections: components["schemas"]["SectionChangesResponse"];
            creditableFormula?: components["schemas"]["FieldChangeResponse"];
            /** @description Nothing that affects a calculation or the text changed */
            identical: boolean;
            /** @description When either side does not validate: the issues of each */
            validation?: components["schemas"]["DiffValidationPairResponse"];
        };
        CitationDto: {
            /** @example IPCC 2013 Wetlands Supplement, Ch. 4, Table 4.5 */
            source: string;
            /** @example Mangroves, tropical wet; the mean of the range */
            note?: string;
        };
        ParameterDefinitionDto: {
            /**
             * @description lower_snake_case, unique across parameters, inputs, constants and formulas
             * @example loss_rate
             */
            key: string;
            /** @description Localized name; English required to publish */
            label: components["schemas"]["MethodologyLocalizedTextDto"];
            description?: components["schemas"]["MethodologyLocalizedTextDto"];
            /**
             * @description Unit text: ha m2 km2 hm km m cm mm m3 cm3 tC MgC kgC gC tCO2e tCO2 kgCO2e tCH4 MgCH4 kgCH4 tN2O MgN2O kgN2O t_dm Mg_dm kg_dm g_dm yr month % 1 and CNY USD BRL EUR, with * / ^ ( ): `tC/ha/yr`, `%/yr`, `g/cm3`
             * @example tC/ha/yr
             */
            unit?: string;
            /**
             * @example percent
             * @enum {string}
             */
            type: "decimal" | "integer" | "percent" | "enum" | "boolean";
            /**
             * @description Inclusive lower bound in the value’s own unit
             * @example 0
             */
            min?: string | number | boolean;
            /**
             * @description Inclusive upper bound in the value’s own unit
             * @example 20
             */
            max?: string | number | boolean;
            /**
             * @description The values of an enum
             * @example [
             *       "mineral",
             *       "organic"
             *     ]
             */
            values?: string[];
            /**
             * @description Decimal string, enum value or boolean
             * @example 2.5
             */
            default: string | number | boolean;
            citation: components["schemas"]["CitationDto"];
            /**
             * @description Whether a jurisdiction may override it within [min, max] without a deviation
             * @example true
             */
            adjustable: boolean;
        };
        InputDefinitionDto: {
            /**
             * @description lower_snake_case, unique across parameters, inputs, constants and formulas
             * @example loss_rate
             */
            key: string;
            /** @description Localized name; English required to publish */
            label: components["schemas"]["MethodologyLocalizedTextDto"];
            description?: components["schemas"]["MethodologyLocalizedTextDto"];
            /**
             * @description Unit text: ha m2 km2 hm km m cm mm m3 cm3 tC MgC kgC gC tCO2e tCO2 kgCO2e tCH4 MgCH4 kgCH4 tN2O MgN2O kgN2O t_dm Mg_dm kg_dm g_dm yr month % 1 and CNY USD BRL EUR, with * / ^ ( ): `tC/ha/yr`, `%/yr`, `g/cm3`
             * @example tC/ha/yr
             */
            unit?: string;
            /**
             * @example percent
             * @enum {string}
             */
            type: "decimal" | "integer" | "percent" | "enum" | "boolean";
            /**
             * @description Inclusive lower bound in the value’s own unit
             * @example 0
             */
            min?: string | number | boolean;
            /**
             * @description Inclusive upper bound in the value’s own unit
             * @example 20
             */
            max?: string | number | boolean;
            /**
             * @description The values of an enum
             * @example [
             *       "mineral",
             *       "organic"
             *     ]
             */
            values?: string[];
            /** @enum {string} */
            scope: "project" | "stratum";
            /**
             * @description Used when the project leaves the input out; without one it is required
             * @example 2.5
             */
            default?: string | number | boolean;
            /** @description One value per calendar year may be given, and monitoring periods may measure it (ex-post) */
            perYear?: boolean;
        };
        ConstantDefinitionDto: {
            /**
             * @description lower_snake_case, unique across parameters, inputs, constants and formulas
             * @example co2_per_c
             */
            key: string;
            /** @description Localized name; English required to publish */
            label: components["schemas"]["MethodologyLocalizedTextDto"];
            /**
             * @description A decimal or a ratio of decimals, exact
             * @example 44/12
             */
            value: string;
            /**
             * @description Unit text: ha m2 km2 hm km m cm mm m3 cm3 tC MgC kgC gC tCO2e tCO2 kgCO2e tCH4 MgCH4 kgCH4 tN2O MgN2O kgN2O t_dm Mg_dm kg_dm g_dm yr month % 1 and CNY USD BRL EUR, with * / ^ ( ): `tC/ha/yr`, `%/yr`, `g/cm3`
             * @example tCO2e/tC
             */
            unit: string;
            citation: components["schemas"]["CitationDto"];
        };
        BufferDeclarationDto: {
            /**
             * @description The project-year stock change in tCO2e (totalled with sum, not a stock) the buffer is taken from
             * @example net_reductions
             */
            appliesTo: string;
        };
        FormulaDefinitionDto: {
            /**
             * @description lower_snake_case, unique across parameters, inputs, constants and formulas
             * @example baseline_area
             */
            key: string;
            /** @description Localized name; English required to publish */
            label: components["schemas"]["MethodologyLocalizedTextDto"];
            description?: components["schemas"]["MethodologyLocalizedTextDto"];
            /**
             * @description Numbers (optionally with a unit: `100 tCO2e`, `0.5 "tC/ha/yr"`), names, + - * / ^, ( ); min, max, if(condition, a, b) with < <= > >= == != and or not; sum(stratum, x); prev(x), prev(x, x0); cumsum(x); abs, floor, ceil, round(x, digits); sqrt, exp, ln (inexact, 40 digits). Built-ins: area (ha, per stratum), dt (1 yr), year_index. See libs/methodology/README.md.
             * @example prev(baseline_area, area) * (1 - loss_rate * dt)
             */
            expression: string;
            /**
             * @description The result’s unit; the expression’s dimensions must match it
             * @example ha
             */
            unit: string;
            /** @enum {string} */
            scope: "stratum-year" | "project-year";
            /**
             * @description How values are totalled over the crediting period (default sum; none for stocks, rates)
             * @enum {string}
             */
            total?: "sum" | "none";
            /** @description Declares this formula the non-permanence buffer deduction */
            buffer?: components["schemas"]["BufferDeclarationDto"];
        };
        VersionContentDto: {
            title: components["schemas"]["MethodologyLocalizedTextDto"];
            description: components["schemas"]["MethodologyLocalizedTextDto"];
            /**
             * @description Localized text of the method by section key
             * @example {
             *       "baseline": {
             *         "en": "Baseline: …"
             *       }
             *     }
             */
            sections?: {
                [key: string]: {
                    en?: string;
                    "zh-CN"?: string;
                    "pt-BR"?: string;
                };
            };
            /** @description Named, cited values of the method a jurisdiction may adapt */
            parameters: components["schemas"]["ParameterDefinitionDto"][];
            /** @description Values every project (scope project) or stratum (scope stratum) supplies */
            inputs: components["schemas"]["InputDefinitionDto"][];
            /** @description Fixed factors such as co2_per_c = 44/12 tCO2e/tC */
            constants: components["schemas"]["ConstantDefinitionDto"][];
            /** @description Formulas in the methodology language, per stratum-year or project-year */
            formulas: components["schemas"]["FormulaDefinitionDto"][];
            /**
             * @description The project-year formula in tCO2e whose values become credits
             * @example creditable_reductions
             */
            creditableFormula: string;
        };
        CreateVersionDto: {
            /** @example 1.1.0 */
            version: string;
            /**
             * @description Copy the content of this version; without content or basedOn, the latest published one
             * @example 1.0.0
             */
            basedOn?: string;
            content?: components["schemas"]["VersionContentDto"];
        };
        VersionResponse: {
            /** Format: uuid */
            id: string;
            methodologyKey: string;
            /** @example 1.0.0 */
            version: string;
            /** @enum {string} */
            status: "draft" | "published" | "deprecated";
            /** @description sha256 of the canonical content, fixed on publish */
            checksum: string | null;
            content: components["schemas"]["VersionContentDto"];
            /** @description validateVersion on the stored content: what publishing would say now */
            validation: components["schemas"]["ValidationResponse"];
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            deprecatedAt: string | null;
            /** @description Edit counter, also the ETag */
            editVersion: number;
        };
        UpdateVersionDto: {
            content: components["schemas"]["VersionContentDto"];
        };
        CreditingPeriodDto: {
            /** @example 2025 */
            startYear: number;
            /** @example 30 */
            years: number;
        };
        StratumDto: {
            /** @example north */
            key: string;
            /** @example North bank */
            name?: string;
            /**
             * @description Hectares as a decimal string
             * @example 40
             */
            area: string | number;
            /**
             * @description Values of the version’s per-stratum inputs
             * @example {
             *       "soil_type": "mineral"
             *     }
             */
            inputs?: {
                [key: string]: string | number | boolean | {
                    [key: string]: string | number | boolean;
                };
            };
        };
        MonitoringPeriodDto: {
            /**
             * @description First calendar year of the period, inside the crediting period
             * @example 2025
             */
            startYear: number;
            /**
             * @description Last calendar year of the period (inclusive)
             * @example 2027
             */
            endYear: number;
            /**
             * @description Measured values of per-year (perYear) project inputs: one value for every year of the period, or one per year { "2026": "12" }
             * @example {
             *       "project_activity_emissions": "4.75"
             *     }
             */
            project?: {
                [key: string]: string | number | boolean | {
                    [key: string]: string | number | boolean;
                };
            };
            /**
             * @description Measured values of per-year stratum inputs, by stratum key
             * @example {
             *       "north": {
             *         "biomass_density": {
             *           "2025": "81.6",
             *           "2026": "83.1"
             *         }
             *       }
             *     }
             */
            strata?: {
                [key: string]: {
                    [key: string]: string | number | boolean | {
                        [key: string]: string | number | boolean;
                    };
                };
            };
        };
        PriceScenarioDto: {
            /** @example shenzhen-2023-clearing */
            key: string;
            label?: components["schemas"]["MethodologyLocalizedTextDto"];
            /**
             * @example CNY
             * @enum {string}
             */
            currency: "CNY" | "USD" | "BRL" | "EUR";
            /**
             * Format: decimal
             * @description Price per tCO2e as a decimal string
             * @example 485
             */
            pricePerTonne: string;
            /** @example Shenzhen 2023 auction clearing price */
            source?: string;
        };
        CalculateDto: {
            creditingPeriod: components["schemas"]["CreditingPeriodDto"];
            strata: components["schemas"]["StratumDto"][];
            /**
             * @description Values of the version’s per-project inputs
             * @example {
             *       "uncertainty": "20"
             *     }
             */
            project?: {
                [key: string]: string | number | boolean | {
                    [key: string]: string | number | boolean;
                };
            };
            /**
             * @description Project-specific measured parameter values (source "input")
             * @example {
             *       "agb_stock": {
             *         "value": "95",
             *         "justification": "Plot survey 2024"
             *       }
             *     }
             */
            parameters?: {
                [key: string]: {
                    value: string | number | boolean;
                    justification?: string;
                    evidence?: string[];
                };
            };
            /** @description Monitoring periods, in order and without overlap: their measured values replace the estimates in their years (ex-post); the answer then has `basis` per year and a `monitoring` block (ex-ante/ex-post totals, credits, stock change and buffer per period) */
            monitoringPeriods?: components["schemas"]["MonitoringPeriodDto"][];
            /**
             * Format: uuid
             * @description An adaptation (revision) of this version whose overrides apply
             */
            adaptationId?: string;
            prices?: components["schemas"]["PriceScenarioDto"][];
        };
        OverrideDto: {
            /**
             * @description A parameter key of the adapted version
             * @example agb_stock
             */
            parameter: string;
            /**
             * @description Decimal string, enum value or boolean
             * @example 110
             */
            value: string | number | boolean;
            /** @example Taishan plot survey 2024: 24 plots, mean above-ground biomass 110 t dm/ha */
            justification: string;
            /**
             * @description References to the evidence
             * @example [
             *       "https://example.org/taishan-plot-survey-2024.pdf"
             *     ]
             */
            evidence?: string[];
        };
        ConvertedFromResponse: {
            value: string | number | boolean;
            unit: string;
        };
        CarriedOverrideResponse: {
            key: string;
            value: string | number | boolean;
            convertedFrom?: components["schemas"]["ConvertedFromResponse"];
        };
        OutOfRangeOverrideResponse: {
            key: string;
            value: string | number | boolean;
            min?: string;
            max?: string;
            previousMin?: string;
            previousMax?: string;
        };
        OverrideValueResponse: {
            key: string;
            value: string | number | boolean;
        };
        EngineMessageResponse: {
            /** @description A message key */
            key: string;
            /** @description Its arguments */
            args?: {
                [key: string]: unknown;
            };
        };
        IncompatibleOverrideResponse: {
            key: string;
            value: string | number | boolean;
            /** @description In English */
            reason: string;
            /** @description The same as a message key with arguments, in the caller's language over HTTP */
            text: components["schemas"]["EngineMessageResponse"];
        };
        NewParameterResponse: {
            key: string;
            default: string | number | boolean;
            unit?: string;
            adjustable: boolean;
        };
        ChangedDefaultResponse: {
            key: string;
            from: string | number | boolean;
            to: string | number | boolean;
        };
        UpgradeReportResponse: {
            from: string;
            to: string;
            /** @description Overrides that apply unchanged (or converted to the new unit) */
            carried: components["schemas"]["CarriedOverrideResponse"][];
            /** @description Overrides outside the new range: each needs a deviation or a new value */
            outOfRange: components["schemas"]["OutOfRangeOverrideResponse"][];
            /** @description Overrides on parameters no longer adjustable: each needs a deviation */
            notAdjustable: components["schemas"]["OverrideValueResponse"][];
            /** @description Overrides that no longer fit the parameter's type, enum values or dimensions */
            incompatible: components["schemas"]["IncompatibleOverrideResponse"][];
            /** @description Overrides of parameters the new version no longer has */
            removed: components["schemas"]["OverrideValueResponse"][];
            /** @description Parameters the new version adds */
            newParameters: components["schemas"]["NewParameterResponse"][];
            /** @description Parameters without an override whose default changed */
            changedDefaults: components["schemas"]["ChangedDefaultResponse"][];
            /** @description The overrides to apply on the new version, by parameter key */
            overrides: {
                [key: string]: unknown;
            };
        };
        AdaptationResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Shared by every revision of this adaptation
             */
            lineageId: string;
            revision: number;
            previousId: string | null;
            methodologyKey: string;
            version: string;
            jurisdictionCode: string;
            jurisdictionId: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "rejected";
            overrides: components["schemas"]["OverrideDto"][];
            /** @description withinRules / deviations (with reasons) / invalid, as the overrides stand */
            review: {
                [key: string]: unknown;
            } | null;
            upgradeReport: components["schemas"]["UpgradeReportResponse"] | null;
            decisionReason: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: date-time */
            supersededAt: string | null;
            /** @description Edit counter, also the ETag */
            editVersion: number;
        };
        CreateAdaptationDto: {
            /** @example mangrove-conservation-carbon-sink */
            methodologyKey: string;
            /**
             * @description A published version
             * @example 1.0.0
             */
            version: string;
            /**
             * @description Defaults to the caller’s own jurisdiction
             * @example CN-GD-TAISHAN
             */
            jurisdictionCode?: string;
            overrides?: components["schemas"]["OverrideDto"][];
        };
        UpdateAdaptationDto: {
            /** @description Replaces all overrides of the draft */
            overrides: components["schemas"]["OverrideDto"][];
        };
        OptionalReasonDto: {
            /** @example Local plot survey is sound; deviation accepted for this jurisdiction. */
            reason?: string;
        };
        MethodologyReasonDto: {
            /** @example The loss rate needs a historical reference period, not a single year. */
            reason: string;
        };
        ReviseAdaptationDto: {
            /**
             * @description Move to this newer published version; the overrides that fit carry over
             * @example 1.0.0
             */
            version?: string;
        };
        ProgressResponse: {
            segments: number;
            words: number;
            byState: {
                untranslated: number;
                draft: number;
                translated: number;
                reviewed: number;
                approved: number;
            };
            wordsByState: {
                untranslated: number;
                draft: number;
                translated: number;
                reviewed: number;
                approved: number;
            };
            outdated: number;
            /** @description Percent of segments (one decimal) by state */
            percent: {
                untranslated: number;
                draft: number;
                translated: number;
                reviewed: number;
                approved: number;
            };
            percentOutdated: number;
            publishable: boolean;
        };
        CreateDocumentDto: {
            /** @example Enping mangrove restoration: project description */
            title: string;
            /**
             * @example project
             * @enum {string}
             */
            subjectType: "none" | "jurisdiction" | "project" | "methodology" | "playbook_step";
            /** @example enping-zhenhai-bay */
            subjectId?: string;
            /**
             * @example zh-CN
             * @enum {string}
             */
            sourceLocale: "en" | "zh-CN" | "pt-BR";
            /**
             * @example [
             *       "en"
             *     ]
             */
            targetLocales: ("en" | "zh-CN" | "pt-BR")[];
            /**
             * @description The partner city the document belongs to; omit for shared material (methodology, playbooks)
             * @example CN-GD-ENPING
             */
            jurisdictionCode?: string;
            /**
             * @description When translations are due (orders the translator queue)
             * @example 2026-12-31
             */
            dueOn?: string;
            /**
             * @example # 恩平红树林
             *
             *     恩平镇海湾有红树林 68 公顷。
             */
            markdown: string;
            /** @example First draft */
            message?: string;
        };
        RevisionSummaryResponse: {
            revision: number;
            segments: number;
            /** @description Segments by how they align with the previous revision */
            counts: {
                unchanged: number;
                moved: number;
                changed: number;
                new: number;
                removed: number;
            };
        };
        DocumentRevisionResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            subjectType: "none" | "jurisdiction" | "project" | "methodology" | "playbook_step";
            /** Format: uuid */
            subjectId: string | null;
            sourceLocale: string;
            targetLocales: string[];
            /** Format: uuid */
            ownerOrganisationId: string;
            jurisdictionCode: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            /** Format: date */
            dueOn: string | null;
            currentRevision: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The edit counter: send it back as If-Match */
            version: number;
            revisionSummary: components["schemas"]["RevisionSummaryResponse"];
        };
        DocumentResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            subjectType: "none" | "jurisdiction" | "project" | "methodology" | "playbook_step";
            /** Format: uuid */
            subjectId: string | null;
            sourceLocale: string;
            targetLocales: string[];
            /** Format: uuid */
            ownerOrganisationId: string;
            jurisdictionCode: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            /** Format: date */
            dueOn: string | null;
            currentRevision: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The edit counter: send it back as If-Match */
            version: number;
        };
        DocumentDetailResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            subjectType: "none" | "jurisdiction" | "project" | "methodology" | "playbook_step";
            /** Format: uuid */
            subjectId: string | null;
            sourceLocale: string;
            targetLocales: string[];
            /** Format: uuid */
            ownerOrganisationId: string;
            jurisdictionCode: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            /** Format: date */
            dueOn: string | null;
            currentRevision: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The edit counter: send it back as If-Match */
            version: number;
            /** @description The current revision, in the source locale */
            markdown: string;
            /** @description By target locale */
            progress: {
                [key: string]: components["schemas"]["ProgressResponse"];
            };
        };
        UpdateDocumentDto: {
            /** @example Enping mangrove restoration: project description (2026) */
            title?: string;
            /**
             * @description Adding a locale starts it untranslated; removing one keeps its translations
             * @example [
             *       "en",
             *       "pt-BR"
             *     ]
             */
            targetLocales?: ("en" | "zh-CN" | "pt-BR")[];
            /** @example 2027-03-31 */
            dueOn?: string | null;
        };
        CreateRevisionDto: {
            /**
             * @example # 恩平红树林
             *
             *     恩平镇海湾有红树林 70 公顷。
             */
            markdown: string;
            /** @example Area updated after the 2026 survey */
            message?: string;
        };
        RevisionResponse: {
            number: number;
            /** @description Why it was saved, as its author wrote */
            message: string | null;
            /** @description The author's display name */
            authorName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Segments in this revision */
            segments: number;
            /** @description Segments by how they align with the previous revision */
            counts: {
                unchanged: number;
                moved: number;
                changed: number;
                new: number;
                removed: number;
            };
        };
        RevisionTextResponse: {
            number: number;
            /** @description Why it was saved, as its author wrote */
            message: string | null;
            /** @description The author's display name */
            authorName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Segments in this revision */
            segments: number;
            /** @description Segments by how they align with the previous revision */
            counts: {
                unchanged: number;
                moved: number;
                changed: number;
                new: number;
                removed: number;
            };
            /** @description The Markdown of this revision, in the source locale */
            markdown: string;
        };
        PublishDto: {
            /**
             * @description Publish although segments are not approved; they fall back to the source, marked
             * @default false
             */
            partial: boolean;
        };
        RenderingResponse: {
            /** Format: uuid */
            documentId: string;
            locale: string;
            sourceLocale: string;
            revision: number;
            /** @description Some segments fell back to the source */
            partial: boolean;
            /** @description Ordinals of the segments shown in the source */
            fallbackOrdinals: number[];
            /** Format: date-time */
            publishedAt: string | null;
            markdown: string;
            html: string;
        };
        DiffOpResponse: {
            /** @enum {string} */
            op: "equal" | "delete" | "insert";
            text: string;
        };
        FindingResponse: {
            /** @enum {string} */
            check: "empty" | "identical" | "whitespace" | "placeholders" | "numbers" | "glossary" | "punctuation";
            /** @enum {string} */
            severity: "error" | "warning";
            /** @example documents.qa.numbers.missing */
            messageKey: string;
            params: {
                [key: string]: string | number;
            };
            /** @description In the caller's language */
            message: string;
        };
        SegmentResponse: {
            /** Format: uuid */
            segmentId: string;
            ordinal: number;
            /** @example paragraph */
            kind: string;
            sourceText: string;
            sourceHash: string;
            locale: string;
            /** Format: uuid */
            translationId: string | null;
            text: string | null;
            /** @enum {string} */
            state: "untranslated" | "draft" | "translated" | "reviewed" | "approved";
            outdated: boolean;
            /** @description For an outdated translation: the source it was written for */
            previousSourceText: string | null;
            /** @description For an outdated translation: what changed in the source since */
            sourceDiff: components["schemas"]["DiffOpResponse"][] | null;
            qaFindings: components["schemas"]["FindingResponse"][];
            /** Format: uuid */
            translatorId: string | null;
            /** Format: uuid */
            reviewerId: string | null;
            /** @description On a draft the reviewer sent back: the reason they gave */
            rejectionComment: string | null;
            /** @description ETag value for If-Match; 0 while untranslated */
            version: number;
        };
        SaveTranslationDto: {
            /** @example Enping has 68 hectares of mangrove in Zhenhai Bay. */
            text: string;
            /**
             * @description draft keeps it out of review
             * @default translated
             * @enum {string}
             */
            state: "draft" | "translated";
        };
        ReviewTranslationDto: {
            /**
             * @description rejected sends it back to draft
             * @example approved
             * @enum {string}
             */
            decision: "reviewed" | "approved" | "rejected";
            /**
             * @description Why, kept in the history; required to reject (a rejection without a reason helps nobody)
             * @example “退化红树林” is missing: the source says degraded mangrove.
             */
            comment?: string;
        };
        TranslationChangeResponse: {
            action: string;
            text: string | null;
            state: string;
            outdated: boolean;
            /** Format: uuid */
            actorId: string | null;
            /** @description The reviewer’s comment on a review, approval or rejection */
            comment: string | null;
            /** Format: date-time */
            at: string;
        };
        MemoryMatchResponse: {
            /** @enum {string} */
            kind: "in-context" | "exact" | "fuzzy";
            /** @description 101 in context, 100 exact, below for fuzzy */
            score: number;
            sourceText: string;
            targetText: string;
            diff: components["schemas"]["DiffOpResponse"][];
        };
        GlossaryHitResponse: {
            conceptId: string;
            sourceTerm: string;
            start: number;
            end: number;
            expected: string[];
            forbidden: string[];
            note?: string;
        };
        SuggestionsResponse: {
            memory: components["schemas"]["MemoryMatchResponse"][];
            glossary: components["schemas"]["GlossaryHitResponse"][];
        };
        CheckQaDto: {
            /**
             * @description The translation as typed so far
             * @example Enping has 86 hectares of mangrove.
             */
            text: string;
        };
        QaFindingView: {
            /**
             * @example numbers
             * @enum {string}
             */
            check: "empty" | "identical" | "whitespace" | "placeholders" | "numbers" | "glossary" | "punctuation";
            /**
             * @description An error blocks approval
             * @enum {string}
             */
            severity: "error" | "warning";
            /** @example documents.qa.numbers.missing */
            messageKey: string;
            /**
             * @example {
             *       "number": "68",
             *       "value": "68"
             *     }
             */
            params: {
                [key: string]: string | number;
            };
            /**
             * @description In the caller's language
             * @example The number 68 of the source is missing.
             */
            message: string;
        };
        QaCheckView: {
            findings: components["schemas"]["QaFindingView"][];
            /** @description Whether an error among the findings would block approval */
            blocking: boolean;
        };
        XliffCountsResponse: {
            noTarget: number;
            apply: number;
            unchanged: number;
            staleSource: number;
            changedSince: number;
            unknownSegment: number;
        };
        StaleSourceResponse: {
            /** Format: uuid */
            segmentId: string;
            reason: string;
            fileSourceText: string;
            currentSourceText: string | null;
            targetText: string | null;
        };
        ChangedSinceResponse: {
            /** Format: uuid */
            segmentId: string;
            reason: string;
            fileVersion: number;
            currentVersion: number;
            targetText: string;
        };
        StoredFindingResponse: {
            /** @enum {string} */
            check: "empty" | "identical" | "whitespace" | "placeholders" | "numbers" | "glossary" | "punctuation";
            /** @enum {string} */
            severity: "error" | "warning";
            messageKey: string;
            params: {
                [key: string]: string | number;
            };
        };
        SegmentQaErrorsResponse: {
            /** Format: uuid */
            segmentId: string;
            findings: components["schemas"]["StoredFindingResponse"][];
        };
        XliffImportResponse: {
            /** @enum {string} */
            version: "2.0" | "1.2";
            targetLocale: string;
            counts: components["schemas"]["XliffCountsResponse"];
            /** @description Translations applied with a lower state than the file asked for (role or QA) */
            capped: number;
            staleSource: components["schemas"]["StaleSourceResponse"][];
            changedSince: components["schemas"]["ChangedSinceResponse"][];
            unknownSegments: string[];
            qaErrors: components["schemas"]["SegmentQaErrorsResponse"][];
        };
        RefusedUnitResponse: {
            index: number;
            tuid: string | null;
            /** @enum {string} */
            reason: "noSource" | "noTarget" | "empty" | "tooLong";
            message: string;
        };
        TmxImportResponse: {
            sourceLocale: string;
            targetLocale: string;
            units: number;
            imported: number;
            alreadyPresent: number;
            refused: components["schemas"]["RefusedUnitResponse"][];
        };
        RefusedTermResponse: {
            index: number;
            conceptId: string | null;
            language: string | null;
            term: string | null;
            /** @enum {string} */
            reason: "invalidId" | "unsupportedLanguage" | "notYourLocale" | "tooManyTerms" | "invalidTerm";
            message: string;
        };
        TbxImportResponse: {
            concepts: number;
            added: number;
            changed: number;
            unchanged: number;
            refused: components["schemas"]["RefusedTermResponse"][];
        };
        TaskResponse: {
            /** Format: uuid */
            documentId: string;
            title: string;
            jurisdictionCode: string | null;
            locale: string;
            /** Format: date */
            dueOn: string | null;
            segments: number;
            untranslated: number;
            outdated: number;
            awaitingReview: number;
        };
        GlossaryListItemResponse: {
            /** @example mangrove */
            id: string;
            note?: string;
            version: number;
            /** @description Terms by locale */
            terms: {
                [key: string]: {
                    text: string;
                    /** @enum {string} */
                    status: "preferred" | "admitted" | "forbidden";
                }[];
            };
        };
        GlossaryListResponse: {
            items: components["schemas"]["GlossaryListItemResponse"][];
            /** @description Concepts matching the search, over every page */
            total: number;
        };
        GlossaryTermDto: {
            /** @example mangrove */
            text: string;
            /**
             * @example preferred
             * @enum {string}
             */
            status: "preferred" | "admitted" | "forbidden";
        };
        CreateGlossaryConceptDto: {
            /**
             * @example [
             *       {
             *         "text": "mangrove",
             *         "status": "preferred"
             *       },
             *       {
             *         "text": "mangrove swamp",
             *         "status": "forbidden"
             *       }
             *     ]
             */
            terms: components["schemas"]["GlossaryTermDto"][];
            /** @example The intertidal forest ecosystem; for a single tree species use its name. */
            note?: string;
            /**
             * @description The concept id, kept for good (lower case, digits, hyphens)
             * @example tidal-flat
             */
            id: string;
            /**
             * @description The locale of the first terms (you must review it)
             * @enum {string}
             */
            locale: "en" | "zh-CN" | "pt-BR";
        };
        GlossaryConceptResponse: {
            /** @example mangrove */
            id: string;
            note: string | null;
            /** @description The edit counter: send it back as If-Match */
            version: number;
            /** @description Terms by locale */
            terms: {
                [key: string]: {
                    text: string;
                    /** @enum {string} */
                    status: "preferred" | "admitted" | "forbidden";
                }[];
            };
        };
        PutGlossaryTermsDto: {
            /**
             * @example [
             *       {
             *         "text": "mangrove",
             *         "status": "preferred"
             *       },
             *       {
             *         "text": "mangrove swamp",
             *         "status": "forbidden"
             *       }
             *     ]
             */
            terms: components["schemas"]["GlossaryTermDto"][];
            /** @example The intertidal forest ecosystem; for a single tree species use its name. */
            note?: string;
        };
        GlossaryStateResponse: {
            /** @enum {string} */
            action: "created" | "updated" | "deleted";
            version: number;
            note: string | null;
            /** @description Terms by locale */
            terms: {
                [key: string]: {
                    text: string;
                    /** @enum {string} */
                    status: "preferred" | "admitted" | "forbidden";
                }[];
            };
            /** Format: uuid */
            actorId: string | null;
            /** Format: date-time */
            at: string;
        };
        GlossaryHistoryResponse: {
            items: components["schemas"]["GlossaryStateResponse"][];
        };
        UnusedPluralResponse: {
            key: string;
            /** @description Why, in the caller's language */
            message: string;
        };
        UiStringsImportResponse: {
            namespace: string;
            locale: string;
            imported: number;
            /** @description The keys written (plural keys without their suffix), nested keys joined with `.` */
            keys: string[];
            unused: components["schemas"]["UnusedPluralResponse"][];
            missing: string[];
            /** @description Keys written that the source (English) namespace does not have: kept, but no English string leads to them (a typo, or a key removed) */
            unknownKeys: string[];
        };
        UiStringsNamespaceItemResponse: {
            /** @example portal */
            namespace: string;
            /**
             * @description Keys stored per locale
             * @example {
             *       "en": 120,
             *       "zh-CN": 118
             *     }
             */
            keys: {
                [key: string]: number;
            };
        };
        UiStringsNamespacesResponse: {
            items: components["schemas"]["UiStringsNamespaceItemResponse"][];
        };
        UiStringsLocaleGapsResponse: {
            /** @example pt-BR */
            locale: string;
            /** @description Keys stored in this locale (a plural key counts once) */
            keys: number;
            /** @description Keys of the source locale absent or empty in this locale */
            missingKeys: string[];
            /** @description Plural forms this locale needs that nobody wrote (`site_many`) */
            missingPlurals: string[];
        };
        UiStringsNamespaceResponse: {
            /** @example portal */
            namespace: string;
            /**
             * @description The locale strings are written in first; the others are compared with it
             * @example en
             */
            sourceLocale: string;
            /** @description Every supported locale, the source first */
            locales: components["schemas"]["UiStringsLocaleGapsResponse"][];
        };
        NotificationChoiceDto: {
            /**
             * @example step_overdue
             * @enum {string}
             */
            kind: "step_submitted" | "step_changes_requested" | "step_approved" | "step_due_soon" | "step_overdue" | "translation_assigned" | "translation_outdated" | "adaptation_decided";
            /**
             * @description immediately, in a daily digest, or never
             * @example daily
             * @enum {string}
             */
            delivery: "immediately" | "daily" | "never";
        };
        NotificationPreferencesResponse: {
            /** @description Every kind, with its choice (immediately unless changed) */
            choices: components["schemas"]["NotificationChoiceDto"][];
            version: number;
        };
        UpdateNotificationPreferencesDto: {
            /**
             * @description The kinds to change; others keep their choice
             * @example [
             *       {
             *         "kind": "step_overdue",
             *         "delivery": "daily"
             *       }
             *     ]
             */
            choices: components["schemas"]["NotificationChoiceDto"][];
        };
        UnsubscribeResponse: {
            /** @enum {string} */
            kind: "step_submitted" | "step_changes_requested" | "step_approved" | "step_due_soon" | "step_overdue" | "translation_assigned" | "translation_outdated" | "adaptation_decided";
            /** @enum {string} */
            delivery: "never";
            /** @description The recipient's language, in which `message` is written */
            locale: string;
            message: string;
        };
        CreateProjectDto: {
            /**
             * @description The owning jurisdiction: one you work for
             * @example CN-GD-ENPING
             */
            jurisdictionCode: string;
            name: components["schemas"]["LocalizedNameDto"];
            /**
             * Format: uuid
             * @description An approved methodology adaptation of that jurisdiction
             * @example 3f6d2a9e-7c41-4b8a-9e25-1d0c8b6f4a73
             */
            adaptationId: string;
            /**
             * @description GeoJSON Polygon or MultiPolygon, WGS 84 longitude/latitude
             * @example {
             *       "type": "Polygon",
             *       "coordinates": [
             *         [
             *           [
             *             114,
             *             22.52
             *           ],
             *           [
             *             114.00973,
             *             22.52
             *           ],
             *           [
             *             114.00973,
             *             22.529
             *           ],
             *           [
             *             114,
             *             22.529
             *           ],
             *           [
             *             114,
             *             22.52
             *           ]
             *         ]
             *       ]
             *     }
             */
            boundary: {
                [key: string]: unknown;
            };
            /**
             * Format: decimal
             * @description Declared hectares; more than 5% from the drawn area needs the steward’s acknowledgement
             * @example 100
             */
            declaredHectares: string;
            strata: components["schemas"]["StratumDto"][];
            /**
             * @description Start of the crediting period
             * @example 2024-01-01
             */
            creditingStart: string;
            /**
             * @description End of the crediting period (inclusive)
             * @example 2053-12-31
             */
            creditingEnd: string;
        };
        ProjectAreaView: {
            /** @example 1234.5 */
            declaredHectares: string;
            /** @example 1234.5 */
            measuredHectares: string;
            /** @example 1234.5 */
            relativeDifference: string;
            /** @description Past 5%: validation needs the steward's acknowledgement */
            needsAcknowledgement: boolean;
            /** Format: uuid */
            acknowledgedBy: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
        };
        ProjectStratumView: {
            key: string;
            name?: string;
            /**
             * @description Hectares
             * @example 1234.5
             */
            area: string;
        };
        DateRangeView: {
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
        };
        ProjectView: {
            /** Format: uuid */
            id: string;
            jurisdictionCode: string;
            /** Format: uuid */
            jurisdictionId: string | null;
            name: {
                en: string;
                "zh-CN"?: string;
                "pt-BR"?: string;
            };
            /** Format: uuid */
            adaptationId: string;
            /** @description GeoJSON Polygon or MultiPolygon */
            boundary: {
                [key: string]: unknown;
            };
            area: components["schemas"]["ProjectAreaView"];
            strata: components["schemas"]["ProjectStratumView"][];
            creditingPeriod: components["schemas"]["DateRangeView"];
            /** @enum {string} */
            status: "draft" | "submitted" | "validated" | "registered" | "crediting" | "closed";
            allowedActions: ("submit" | "validate" | "reject" | "register" | "start_crediting" | "close")[];
            rejectionReason: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            validatedAt: string | null;
            /** Format: date-time */
            registeredAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The edit counter: send it back as If-Match */
            version: number;
        };
        UpdateProjectDto: {
            name?: components["schemas"]["LocalizedNameDto"];
            /**
             * Format: uuid
             * @description An approved methodology adaptation of that jurisdiction
             * @example 3f6d2a9e-7c41-4b8a-9e25-1d0c8b6f4a73
             */
            adaptationId?: string;
            /**
             * @description GeoJSON Polygon or MultiPolygon, WGS 84 longitude/latitude
             * @example {
             *       "type": "Polygon",
             *       "coordinates": [
             *         [
             *           [
             *             114,
             *             22.52
             *           ],
             *           [
             *             114.00973,
             *             22.52
             *           ],
             *           [
             *             114.00973,
             *             22.529
             *           ],
             *           [
             *             114,
             *             22.529
             *           ],
             *           [
             *             114,
             *             22.52
             *           ]
             *         ]
             *       ]
             *     }
             */
            boundary?: {
                [key: string]: unknown;
            };
            /**
             * Format: decimal
             * @description Declared hectares; more than 5% from the drawn area needs the steward’s acknowledgement
             * @example 100
             */
            declaredHectares?: string;
            strata?: components["schemas"]["StratumDto"][];
            /**
             * @description Start of the crediting period
             * @example 2024-01-01
             */
            creditingStart?: string;
            /**
             * @description End of the crediting period (inclusive)
             * @example 2053-12-31
             */
            creditingEnd?: string;
        };
        ValidateProjectDto: {
            /**
             * @description Required (true) when the drawn area and the declared hectares are more than 5% apart
             * @example true
             */
            acknowledgeAreaDifference?: boolean;
        };
        ReasonDto: {
            /** @example The baseline survey of the eastern stratum is missing. */
            reason: string;
        };
        MeasuredInputsDto: {
            /**
             * @description The version’s per-project inputs
             * @example {
             *       "uncertainty": "15"
             *     }
             */
            project?: {
                [key: string]: unknown;
            };
            /**
             * @description Measured parameter values with justification
             * @example {
             *       "agb_stock": {
             *         "value": "118",
             *         "justification": "Plot survey 2024"
             *       }
             *     }
             */
            parameters?: {
                [key: string]: unknown;
            };
            /**
             * @description Per-stratum inputs by stratum key
             * @example {
             *       "fringe": {
             *         "soil_type": "mineral"
             *       }
             *     }
             */
            strata?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        CreateMonitoringReportDto: {
            /**
             * @description 1 January of the first monitored year
             * @example 2024-01-01
             */
            periodStart: string;
            /**
             * @description 31 December of the last monitored year
             * @example 2024-12-31
             */
            periodEnd: string;
            inputs: components["schemas"]["MeasuredInputsDto"];
        };
        MonitoringReportView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            jurisdictionCode: string;
            period: components["schemas"]["DateRangeView"];
            /** @description What was measured, as the calculator takes it */
            inputs: {
                project?: {
                    [key: string]: unknown;
                };
                parameters?: {
                    [key: string]: unknown;
                };
                strata?: {
                    [key: string]: {
                        [key: string]: unknown;
                    };
                };
            };
            /** @enum {string} */
            status: "draft" | "submitted" | "approved";
            allowedActions: ("submit" | "approve" | "reject")[];
            rejectionReason: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The edit counter: send it back as If-Match */
            version: number;
        };
        SerialRangeView: {
            first: string;
            last: string;
        };
        MethodologyRefView: {
            key: string;
            version: string;
            checksum: string;
        };
        AdaptationRefView: {
            /** Format: uuid */
            id: string;
            revision: number;
        };
        IssuanceView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            monitoringReportId: string;
            vintage: number;
            issuedTonnes: number;
            bufferTonnes: number;
            /** @description Issued minus buffer: what may be sold or retired */
            saleableTonnes: number;
            serials: components["schemas"]["SerialRangeView"];
            methodology: components["schemas"]["MethodologyRefView"];
            adaptation: components["schemas"]["AdaptationRefView"];
            /** @description The calculator's breakdown of the vintage */
            breakdown: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            issuedAt: string;
        };
        UpdateMonitoringReportDto: {
            /**
             * @description 1 January of the first monitored year
             * @example 2024-01-01
             */
            periodStart?: string;
            /**
             * @description 31 December of the last monitored year
             * @example 2024-12-31
             */
            periodEnd?: string;
            inputs?: components["schemas"]["MeasuredInputsDto"];
        };
        ApprovedMonitoringReportView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            jurisdictionCode: string;
            period: components["schemas"]["DateRangeView"];
            /** @description What was measured, as the calculator takes it */
            inputs: {
                project?: {
                    [key: string]: unknown;
                };
                parameters?: {
                    [key: string]: unknown;
                };
                strata?: {
                    [key: string]: {
                        [key: string]: unknown;
                    };
                };
            };
            /** @enum {string} */
            status: "draft" | "submitted" | "approved";
            allowedActions: ("submit" | "approve" | "reject")[];
            rejectionReason: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The edit counter: send it back as If-Match */
            version: number;
            issuances: components["schemas"]["IssuanceView"][];
        };
        CreateSaleDto: {
            /** @example 2024 */
            vintage: number;
            /**
             * @description Whole tonnes (tCO2e)
             * @example 10
             */
            tonnes: number;
            /**
             * Format: decimal
             * @description Price per tonne in `currency`, a decimal string
             * @example 485
             */
            unitPrice: string;
            /**
             * @description ISO 4217 code
             * @example CNY
             */
            currency: string;
            /** @example 2023-09-14 */
            saleDate: string;
            /**
             * Format: uuid
             * @example 3f6d2a9e-7c41-4b8a-9e25-1d0c8b6f4a73
             */
            buyerId: string;
            /** @example Pledged to mangrove protection in Futian */
            useOfProceeds: string;
        };
        UsdAmountView: {
            /** @example 1234.5 */
            unitPrice: string;
            /** @example 1234.5 */
            total: string;
            /** Format: date */
            rateDate: string;
            /** @example 1234.5 */
            usdPerUnit: string;
        };
        SaleView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            jurisdictionCode: string;
            /** @enum {string} */
            kind: "bilateral" | "auction";
            vintage: number;
            tonnes: number;
            /** @example 1234.5 */
            unitPrice: string;
            /** @example CNY */
            currency: string;
            /** @example 1234.5 */
            total: string;
            /** @description At the rate of the sale date (or the latest before it); null without a rate */
            usd: components["schemas"]["UsdAmountView"] | null;
            /** Format: date */
            saleDate: string;
            /** Format: uuid */
            buyerId: string;
            useOfProceeds: string;
            /** @description The vintage's serials this sale took: one per tonne, contiguous */
            serials: components["schemas"]["SerialRangeView"];
            retiredTonnes: number;
            /** Format: date-time */
            createdAt: string;
        };
        CreditAccountView: {
            vintage: number;
            issued: number;
            buffer: number;
            sold: number;
            retired: number;
            /** @description Issued − buffer − sold */
            available: number;
        };
        RetirementView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            saleId: string;
            /** Format: uuid */
            projectId: string;
            vintage: number;
            tonnes: number;
            beneficiary: string;
            purpose: string | null;
            /** @description The sale's serials retired: out of circulation for good */
            serials: components["schemas"]["SerialRangeView"];
            /** Format: date-time */
            retiredAt: string;
        };
        SaleDetailView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            jurisdictionCode: string;
            /** @enum {string} */
            kind: "bilateral" | "auction";
            vintage: number;
            tonnes: number;
            /** @example 1234.5 */
            unitPrice: string;
            /** @example CNY */
            currency: string;
            /** @example 1234.5 */
            total: string;
            /** @description At the rate of the sale date (or the latest before it); null without a rate */
            usd: components["schemas"]["UsdAmountView"] | null;
            /** Format: date */
            saleDate: string;
            /** Format: uuid */
            buyerId: string;
            useOfProceeds: string;
            /** @description The vintage's serials this sale took: one per tonne, contiguous */
            serials: components["schemas"]["SerialRangeView"];
            retiredTonnes: number;
            /** Format: date-time */
            createdAt: string;
            retirements: components["schemas"]["RetirementView"][];
        };
        CreateRetirementDto: {
            /** @example 10 */
            tonnes: number;
            /**
             * @description On whose behalf the credits are retired
             * @example Shenzhen Example Co., Ltd.
             */
            beneficiary: string;
            /** @example Offsetting 2023 operations */
            purpose?: string;
        };
        CreateBuyerDto: {
            name: components["schemas"]["LocalizedNameDto"];
            /**
             * @description ISO 3166-1 alpha-2
             * @example CN
             */
            country?: string;
            /** @example carbon@buyer.example.com */
            contactEmail?: string;
            /**
             * @description The buyer agreed to be named in public figures
             * @example false
             */
            publicConsent?: boolean;
        };
        BuyerView: {
            /** Format: uuid */
            id: string;
            name: {
                en: string;
                "zh-CN"?: string;
                "pt-BR"?: string;
            };
            country: string | null;
            contactEmail: string | null;
            publicConsent: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The edit counter: send it back as If-Match */
            version: number;
            /**
             * Format: uuid
             * @description The buyer organisation whose members bid for it in auctions; null for a buyer that does not sign in
             */
            organisationId: string | null;
            contactName: string | null;
        };
        UpdateBuyerDto: {
            name?: components["schemas"]["LocalizedNameDto"];
            /** @example CN */
            country?: string;
            /** @example carbon@buyer.example.com */
            contactEmail?: string;
            /** @example true */
            publicConsent?: boolean;
        };
        CreateFxRateDto: {
            /** @example CNY */
            currency: string;
            /** @example 2023-09-14 */
            date: string;
            /**
             * Format: decimal
             * @description US dollars per unit of the currency
             * @example 0.1371
             */
            usdPerUnit: string;
            /** @example PBOC central parity, 2023-09-14 */
            source?: string;
        };
        FxRateView: {
            /** Format: uuid */
            id: string;
            /** @example CNY */
            currency: string;
            /** Format: date */
            date: string;
            /**
             * @description US dollars per unit of the currency
             * @example 1234.5
             */
            usdPerUnit: string;
            source: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description The edit counter: send it back as If-Match */
            version: number;
        };
        ImportFxRatesDto: {
            /**
             * @description CSV: currency,date,usd_per_unit[,source]
             * @example currency,date,usd_per_unit,source
             *     CNY,2023-09-15,0.1372,PBOC
             */
            csv: string;
        };
        FxImportResultView: {
            imported: number;
            skipped: number;
        };
        UpdateFxRateDto: {
            /**
             * Format: decimal
             * @example 0.1372
             */
            usdPerUnit: string;
            /** @example PBOC central parity, corrected */
            source?: string;
        };
        AttachProjectDocumentDto: {
            /** @example Enping mangrove restoration: project description */
            title: string;
            /**
             * @example zh-CN
             * @enum {string}
             */
            sourceLocale: "en" | "zh-CN" | "pt-BR";
            /**
             * @example [
             *       "en"
             *     ]
             */
            targetLocales: ("en" | "zh-CN" | "pt-BR")[];
            /**
             * @description When translations are due (orders the translator queue)
             * @example 2026-12-31
             */
            dueOn?: string;
            /**
             * @example # 恩平红树林
             *
             *     恩平镇海湾有红树林 68 公顷。
             */
            markdown: string;
            /** @example First draft */
            message?: string;
        };
        DashboardJurisdictionRow: {
            /**
             * @description Projects counted (drafts only for the steward and the city itself)
             * @example 3
             */
            projects: number;
            /**
             * @description Declared hectares under the projects
             * @example 1234.5
             */
            hectares: string;
            /**
             * @description The calculator's exact creditable tCO2e behind the issued vintages
             * @example 1234.5
             */
            estimatedTonnes: string;
            /**
             * @description Issued tCO2e (buffer included)
             * @example 1234.5
             */
            issuedTonnes: string;
            /**
             * @description Of the issued tCO2e, held in the buffer
             * @example 1234.5
             */
            bufferTonnes: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            soldTonnes: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            retiredTonnes: string;
            /** @example 12 */
            sales: number;
            /**
             * @description Sales in US dollars at the rate of each sale date (or the latest before it)
             * @example 10112.25
             */
            usdTotal: string;
            /**
             * @description Volume-weighted average price per tonne in US dollars
             * @example 67.42
             */
            usdAveragePrice: string | null;
            /**
             * @description US dollars to the cent; null when no sale had a rate
             * @example 67.42
             */
            usdMinPrice: string | null;
            /**
             * @description US dollars to the cent; null when no sale had a rate
             * @example 67.42
             */
            usdMaxPrice: string | null;
            /**
             * @description Sales with no rate of their currency on or before their date: left out of the US dollar figures
             * @example 0
             */
            salesWithoutRate: number;
            /** @example CN-GD-ENPING */
            jurisdictionCode: string;
            /**
             * @description Onboarding's name; null for a code onboarding does not know
             * @example {
             *       "en": "Enping",
             *       "zh-CN": "恩平市"
             *     }
             */
            name: Record<string, never> | null;
            /** @example CN */
            country: string;
            /**
             * @description The partner's status in onboarding (applicant, onboarding, active, suspended)
             * @example onboarding
             */
            onboardingStatus: string | null;
            /**
             * @description Its latest onboarding case
             * @example in_progress
             */
            caseStatus: string | null;
            /** @example 42 */
            percentComplete: number | null;
            /**
             * @description Steps being worked on or waiting for review
             * @example [
             *       "site-survey"
             *     ]
             */
            currentSteps: string[];
        };
        DashboardCountryRow: {
            /**
             * @description Projects counted (drafts only for the steward and the city itself)
             * @example 3
             */
            projects: number;
            /**
             * @description Declared hectares under the projects
             * @example 1234.5
             */
            hectares: string;
            /**
             * @description The calculator's exact creditable tCO2e behind the issued vintages
             * @example 1234.5
             */
            estimatedTonnes: string;
            /**
             * @description Issued tCO2e (buffer included)
             * @example 1234.5
             */
            issuedTonnes: string;
            /**
             * @description Of the issued tCO2e, held in the buffer
             * @example 1234.5
             */
            bufferTonnes: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            soldTonnes: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            retiredTonnes: string;
            /** @example 12 */
            sales: number;
            /**
             * @description Sales in US dollars at the rate of each sale date (or the latest before it)
             * @example 10112.25
             */
            usdTotal: string;
            /**
             * @description Volume-weighted average price per tonne in US dollars
             * @example 67.42
             */
            usdAveragePrice: string | null;
            /**
             * @description US dollars to the cent; null when no sale had a rate
             * @example 67.42
             */
            usdMinPrice: string | null;
            /**
             * @description US dollars to the cent; null when no sale had a rate
             * @example 67.42
             */
            usdMaxPrice: string | null;
            /**
             * @description Sales with no rate of their currency on or before their date: left out of the US dollar figures
             * @example 0
             */
            salesWithoutRate: number;
            /** @example BR */
            country: string;
            /**
             * @description Partner jurisdictions of the country in onboarding
             * @example 2
             */
            partners: number;
        };
        DashboardFigures: {
            /**
             * @description Projects counted (drafts only for the steward and the city itself)
             * @example 3
             */
            projects: number;
            /**
             * @description Declared hectares under the projects
             * @example 1234.5
             */
            hectares: string;
            /**
             * @description The calculator's exact creditable tCO2e behind the issued vintages
             * @example 1234.5
             */
            estimatedTonnes: string;
            /**
             * @description Issued tCO2e (buffer included)
             * @example 1234.5
             */
            issuedTonnes: string;
            /**
             * @description Of the issued tCO2e, held in the buffer
             * @example 1234.5
             */
            bufferTonnes: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            soldTonnes: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            retiredTonnes: string;
            /** @example 12 */
            sales: number;
            /**
             * @description Sales in US dollars at the rate of each sale date (or the latest before it)
             * @example 10112.25
             */
            usdTotal: string;
            /**
             * @description Volume-weighted average price per tonne in US dollars
             * @example 67.42
             */
            usdAveragePrice: string | null;
            /**
             * @description US dollars to the cent; null when no sale had a rate
             * @example 67.42
             */
            usdMinPrice: string | null;
            /**
             * @description US dollars to the cent; null when no sale had a rate
             * @example 67.42
             */
            usdMaxPrice: string | null;
            /**
             * @description Sales with no rate of their currency on or before their date: left out of the US dollar figures
             * @example 0
             */
            salesWithoutRate: number;
        };
        DashboardPriceRow: {
            /** @enum {string} */
            level: "jurisdiction" | "country" | "overall";
            /**
             * @description The jurisdiction (jurisdiction level)
             * @example CN-GD-ENPING
             */
            jurisdictionCode: string | null;
            /**
             * @description The country (jurisdiction and country levels)
             * @example CN
             */
            country: string | null;
            /** @example CNY */
            currency: string;
            /** @example 4 */
            sales: number;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            tonnes: string;
            /**
             * @description Money paid, in the currency
             * @example 1234.5
             */
            total: string;
            /**
             * @description Volume-weighted average price per tonne, to 6 decimals
             * @example 1234.5
             */
            averagePrice: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            minPrice: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            maxPrice: string;
        };
        DashboardView: {
            jurisdictions: components["schemas"]["DashboardJurisdictionRow"][];
            countries: components["schemas"]["DashboardCountryRow"][];
            overall: components["schemas"]["DashboardFigures"];
            /** @description Prices in each original currency */
            prices: components["schemas"]["DashboardPriceRow"][];
        };
        PublicJurisdictionRow: {
            /** @example CN-GD-ENPING */
            jurisdictionCode: string;
            /**
             * @example {
             *       "en": "Enping"
             *     }
             */
            name: Record<string, never> | null;
            /** @example CN */
            country: string;
            /**
             * @description Registered projects (registered, crediting or closed)
             * @example 2
             */
            projects: number;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            hectares: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            issuedTonnes: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            soldTonnes: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            retiredTonnes: string;
        };
        PublicTotals: {
            /** @example 5 */
            projects: number;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            hectares: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            issuedTonnes: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            soldTonnes: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            retiredTonnes: string;
            /** @example 12 */
            sales: number;
            /**
             * @description US dollars, at the rate of each sale date
             * @example 10112.25
             */
            usdTotal: string;
        };
        PublicPriceRow: {
            /** @example CNY */
            currency: string;
            /** @example 4 */
            sales: number;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            tonnes: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            averagePrice: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            minPrice: string;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            maxPrice: string;
        };
        PublicBuyerRow: {
            /**
             * @example {
             *       "en": "Demo buyer Co."
             *     }
             */
            name: Record<string, never>;
            /** @example CN */
            country: string | null;
            /** @example 2 */
            sales: number;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            tonnes: string;
        };
        PublicUndisclosedBuyers: {
            /**
             * @description Buyers who did not agree to be named
             * @example 3
             */
            buyers: number;
            /** @example 5 */
            sales: number;
            /**
             * @description Exact decimal as text
             * @example 1234.5
             */
            tonnes: string;
        };
        PublicSummaryView: {
            jurisdictions: components["schemas"]["PublicJurisdictionRow"][];
            totals: components["schemas"]["PublicTotals"];
            /** @description Prices in each original currency */
            prices: components["schemas"]["PublicPriceRow"][];
            /** @description Buyers who agreed to be named (publicConsent) */
            buyers: components["schemas"]["PublicBuyerRow"][];
            undisclosedBuyers: components["schemas"]["PublicUndisclosedBuyers"];
        };
        OpenAuctionDto: {
            /** @example 2024 */
            vintage: number;
            /**
             * @description The lot: whole tonnes (tCO2e), at most what the vintage has available
             * @example 10
             */
            tonnes: number;
            /**
             * @description Lowest acceptable price per tonne, a decimal string
             * @example 183
             */
            reservePrice: string;
            /**
             * @description Ascending: each bid at least the best price plus this; a positive decimal string (with the reserve, at most the highest price a bid may have)
             * @example 1
             */
            bidIncrement: string;
            /**
             * @description ISO 4217 code
             * @example CNY
             */
            currency: string;
            /**
             * @description ascending: open outcry with anti-sniping; sealed: one final bid per bidder
             * @example ascending
             * @enum {string}
             */
            mode: "sealed" | "ascending";
            /**
             * @description Bidding opens, with its time zone (Z or an offset); now if omitted
             * @example 2030-09-01T02:00:00Z
             */
            startsAt?: string;
            /**
             * @description Bidding ends, with its time zone (Z or an offset); an ascending auction may extend it
             * @example 2030-09-14T08:00:00Z
             */
            endsAt: string;
            /**
             * @description Ascending: a bid in the last N minutes moves the end to N minutes after it (0: never)
             * @example 5
             */
            extensionMinutes?: number;
            /** @example Pledged to mangrove protection in Futian */
            useOfProceeds: string;
        };
        BidView: {
            /** Format: uuid */
            id: string;
            /**
             * @description The bidder’s number in this auction (by its first bid): all other bidders learn of it
             * @example 2
             */
            bidderNumber: number;
            /** @example 490 */
            amount: string;
            /** Format: date-time */
            placedAt: string;
            /** @description Placed for the caller’s own buyer organisation */
            yours: boolean;
            /**
             * Format: uuid
             * @description The buyer: for the steward, admins and the lot’s own city only
             */
            buyerId: string | null;
        };
        AuctionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** @example CN-GD-FUTIAN */
            jurisdictionCode: string;
            /** @example 2024 */
            vintage: number;
            /** @example 3756 */
            tonnes: number;
            /** @example 183 */
            reservePrice: string;
            /** @example 1 */
            bidIncrement: string;
            /** @example CNY */
            currency: string;
            /** @enum {string} */
            mode: "sealed" | "ascending";
            /** Format: date-time */
            startsAt: string;
            /**
             * Format: date-time
             * @description Moves later when an ascending auction is extended
             */
            endsAt: string;
            /** @example 5 */
            extensionMinutes: number;
            useOfProceeds: string;
            /** @description Where a record of a past auction comes from */
            source: string | null;
            /** @enum {string} */
            status: "open" | "closed" | "failed";
            /**
             * @description On the server’s clock: scheduled, open, ended (waiting for its close), closed or failed
             * @enum {string}
             */
            phase: "scheduled" | "open" | "ended" | "closed" | "failed";
            /**
             * @description Best bid so far; hidden (null) in a sealed auction until it closes
             * @example 485
             */
            currentPrice: string | null;
            /**
             * @description The least a new bid may be while bidding is possible
             * @example 486
             */
            minimumNextBid: string | null;
            /** @example 7 */
            bidCount: number;
            /**
             * @description The winning bid’s price per tonne, once closed
             * @example 485
             */
            clearingPrice: string | null;
            /** Format: uuid */
            saleId: string | null;
            /**
             * @description Why a failed auction made no sale
             * @enum {string|null}
             */
            failureReason: "no_bids" | "credits_unavailable" | null;
            /** Format: date-time */
            closedAt: string | null;
            /** @description For a bidder: the best 20 bids of its own organisation (all of them: GET /auctions/{id}/bids) */
            yourBids: components["schemas"]["BidView"][] | null;
            /** @description For a bidder: whether its best bid leads (ascending, or once closed) */
            youLead: boolean | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example 1 */
            version: number;
        };
        AuctionPage: {
            items: components["schemas"]["AuctionView"][];
            nextCursor: string | null;
        };
        BidPage: {
            items: components["schemas"]["BidView"][];
            nextCursor: string | null;
        };
        PlaceBidDto: {
            /**
             * @description Price per tonne in the auction’s currency, a decimal string
             * @example 490
             */
            amount: string;
        };
        RegisterBuyerOrganisationDto: {
            name: components["schemas"]["LocalizedNameDto"];
            /**
             * @description ISO 3166-1 alpha-2
             * @example CN
             */
            country?: string;
            /**
             * @description The buyer’s contact person, invited as its first bidder
             * @example Li Wei
             */
            contactName: string;
            /** @example carbon@buyer.example.com */
            contactEmail: string;
            /**
             * @description The buyer agreed to be named in public figures
             * @example false
             */
            publicConsent?: boolean;
            /**
             * @description Language of the invitation mail and of the new account
             * @example zh-CN
             */
            locale?: string;
        };
        BuyerRegistrationView: {
            /** Format: uuid */
            id: string;
            /**
             * @example {
             *       "en": "Demo Carbon Buyer Co.",
             *       "zh-CN": "示例碳汇买家公司"
             *     }
             */
            name: Record<string, never>;
            /** @example CN */
            country: string | null;
            contactEmail: string | null;
            contactName: string | null;
            publicConsent: boolean;
            /**
             * Format: uuid
             * @description The identity organisation (kind buyer) whose members bid
             */
            organisationId: string | null;
            /**
             * Format: uuid
             * @description The invitation mailed to the contact, as the first bidder
             */
            invitationId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example 1 */
            version: number;
        };
        Problem: {
            /** @example urn:bluecarbon:problem:validation_failed */
            type: string;
            /** @description Short summary in the caller's language */
            title: string;
            /** @example 400 */
            status: number;
            /** @description What went wrong, in the caller's language (Accept-Language) */
            detail: string;
            /**
             * @description Stable machine-readable code
             * @example validation_failed
             */
            code: string;
            /** @example /api/v1/onboarding/steps/…/submit */
            instance?: string;
            requestId?: string;
            /** @description One entry per invalid field */
            errors?: {
                /** @example password */
                field: string;
                rule: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveResponse"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready; names the engine: embedded or server */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description Not ready; problem+json says why */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    loginAuth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address or on this account; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshAuth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            /** @description If the address has an active account, a link valid 30 minutes is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address or for this e-mail; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logoutAuth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartTotpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolmentResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `mfa_enrolment_link_sent`: an enrolment link was mailed to the account */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableMfaDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe create: the same key and body within 24 hours returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to administer organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"][];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to invite organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                /** @description The membership (a user may hold two roles in one organisation) */
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to invite organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                organisationId: string;
                /** @description The membership (a user may hold two roles in one organisation) */
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to invite organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                /** @description The membership (a user may hold two roles in one organisation) */
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to invite organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enableMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                /** @description The membership (a user may hold two roles in one organisation) */
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to invite organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe create: the same key and body within 24 hours returns the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to invite organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe create: the same key and body within 24 hours returns the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                organisationId: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to invite organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was accepted already */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was used already or has expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                subjectType?: string;
                subjectId?: string;
                actorId?: string;
                /** @description Events at or after this time */
                from?: string;
                /** @description Events before this time */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read_audit audit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJurisdictions: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                country?: string;
                status?: "prospect" | "applicant" | "onboarding" | "active" | "suspended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JurisdictionResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createJurisdiction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe create: the same key and body within 24 hours returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateJurisdictionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JurisdictionResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJurisdiction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JurisdictionResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateJurisdiction: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateJurisdictionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JurisdictionResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                status?: "pending" | "accepted" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe create: the same key and body within 24 hours returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyDto"];
            };
        };
        responses: {
            /** @description The application as received: the same answer whatever the jurisdiction */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationReceiptResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptResultResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review onboarding_application */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review onboarding_application */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlaybooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPlaybookDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe create: the same key and body within 24 hours returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlaybookDraftDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create playbook */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlaybook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePlaybookDraft: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlaybookDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update playbook */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishPlaybook: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to publish playbook */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The definition does not validate: every issue with its path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CaseSummaryResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOverview: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 country code */
                country?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to submit onboarding_step */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is not open, or evidence it needs is missing */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review onboarding_step */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is not submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OnboardingReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review onboarding_step */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is not submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    waiveStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OnboardingReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review onboarding_step */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is already approved or waived */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignStep: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update onboarding_step */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"][];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addReference: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe create: the same key and body within 24 hours returns the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkEvidenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create onboarding_evidence */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addFile: {
        parameters: {
            query?: {
                /** @description Defaults to "evidence" */
                fileName?: string;
            };
            header?: never;
            path: {
                stepId: string;
            };
            cookie?: never;
        };
        /** @description The file itself */
        requestBody: {
            content: {
                "application/pdf": string;
                "image/png": string;
                "image/jpeg": string;
                "text/csv": string;
                "application/zip": string;
                "application/geo+json": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create onboarding_evidence */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as uploaded, with its own Content-Type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to delete onboarding_evidence */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listComments: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommentResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe create: the same key and body within 24 hours returns the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to comment onboarding_step */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe create: the same key and body within 24 hours returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeliveries: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DeliveryResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMethodologies: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TemplateResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMethodology: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create methodology */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMethodology: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    diffMethodology: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDiffResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMethodologyDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVersionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create methodology */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMethodologyDraft: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                key: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update methodology */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The version is published */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishMethodology: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                key: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to publish methodology */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content does not validate: every issue with its path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deprecateMethodology: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                key: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to publish methodology */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    calculateMethodology: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalculateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The inputs do not allow a calculation, or it is too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdaptations: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                jurisdictionCode?: string;
                methodologyKey?: string;
                status?: "draft" | "submitted" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdaptationResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAdaptation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdaptationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdaptationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create adaptation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdaptation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdaptationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAdaptation: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdaptationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdaptationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update adaptation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The revision is not a draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitAdaptation: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdaptationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to submit adaptation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveAdaptation: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdaptationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review adaptation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectAdaptation: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MethodologyReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdaptationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review adaptation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviseAdaptation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseAdaptationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`editVersion`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdaptationResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create adaptation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upgradeReport: {
        parameters: {
            query: {
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpgradeReportResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DocumentResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe create: the same key and body within 24 hours returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDocumentDto"];
            };
        };
        responses: {
            /** @description The document and its revision summary */
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRevisionResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create document */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document with its progress per target locale */
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDocument: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDocumentDto"];
            };
        };
        responses: {
            /** @description The document */
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update document */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRevisions: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RevisionResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addRevision: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRevisionDto"];
            };
        };
        responses: {
            /** @description The text is the current revision's: no revision made, the current one returned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRevisionResponse"];
                };
            };
            /** @description The document and the alignment counts */
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRevisionResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update document */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision and its Markdown */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionTextResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts and percentages by state and outdated, per target locale */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: components["schemas"]["ProgressResponse"];
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe create: the same key and body within 24 hours returns the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                locale: "en" | "zh-CN" | "pt-BR";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDto"];
            };
        };
        responses: {
            /** @description The published rendering */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenderingResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to publish document */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The locale is not one of the document’s targets (documents_locale_not_targeted) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renderDocument: {
        parameters: {
            query: {
                locale: "en" | "zh-CN" | "pt-BR";
                revision?: "published" | "current";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rendering, with the segments that fell back to the source */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenderingResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMarkdown: {
        parameters: {
            query: {
                locale: "en" | "zh-CN" | "pt-BR";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Markdown file; X-Fallback-Segments counts the segments left in the source */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTranslations: {
        parameters: {
            query: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                locale: "en" | "zh-CN" | "pt-BR";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SegmentResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                segmentId: string;
                locale: "en" | "zh-CN" | "pt-BR";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One segment and its translation; ETag "0" while untranslated */
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveTranslation: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
                segmentId: string;
                locale: "en" | "zh-CN" | "pt-BR";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveTranslationDto"];
            };
        };
        responses: {
            /** @description The saved translation with QA findings */
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to translate translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewTranslation: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
                segmentId: string;
                locale: "en" | "zh-CN" | "pt-BR";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewTranslationDto"];
            };
        };
        responses: {
            /** @description The reviewed translation */
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review_translation translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description QA errors block approval (documents_qa_blocks_approval) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTranslationHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                segmentId: string;
                locale: "en" | "zh-CN" | "pt-BR";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranslationChangeResponse"][];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                segmentId: string;
                locale: "en" | "zh-CN" | "pt-BR";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionsResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                segmentId: string;
                locale: "en" | "zh-CN" | "pt-BR";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckQaDto"];
            };
        };
        responses: {
            /** @description The findings with messages in the caller's language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QaCheckView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to translate translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportXliff: {
        parameters: {
            query: {
                target: "en" | "zh-CN" | "pt-BR";
                /** @description 1.2 for CAT tools that read only XLIFF 1.2 (OmegaT 3.6) */
                version?: "2.0" | "1.2";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The XLIFF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xliff+xml": string;
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importXliff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The XLIFF 2.0 or 1.2 file as the request body */
        requestBody: {
            content: {
                "application/xliff+xml": string;
                "application/x-xliff+xml": string;
                "application/xml": string;
                "text/xml": string;
            };
        };
        responses: {
            /** @description Counts per decision, the refused segments (staleSource, changedSince) and QA errors */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["XliffImportResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to translate translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportTmx: {
        parameters: {
            query: {
                source: "en" | "zh-CN" | "pt-BR";
                target: "en" | "zh-CN" | "pt-BR";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The TMX file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-tmx+xml": string;
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to translate translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importTmx: {
        parameters: {
            query: {
                source: "en" | "zh-CN" | "pt-BR";
                target: "en" | "zh-CN" | "pt-BR";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The TMX file as the request body */
        requestBody: {
            content: {
                "application/xliff+xml": string;
                "application/x-xliff+xml": string;
                "application/xml": string;
                "text/xml": string;
                "application/x-tmx+xml": string;
                "application/x-tbx+xml": string;
            };
        };
        responses: {
            /** @description Counts (imported, already present) and the refused units with a reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TmxImportResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review_translation translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportTbx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The TBX file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-tbx+xml": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importTbx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The TBX (TBX-Basic, or TBX v2 martif) file as the request body */
        requestBody: {
            content: {
                "application/xliff+xml": string;
                "application/x-xliff+xml": string;
                "application/xml": string;
                "text/xml": string;
                "application/x-tmx+xml": string;
                "application/x-tbx+xml": string;
            };
        };
        responses: {
            /** @description Counts (added, changed, unchanged) and the refused entries with a reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TbxImportResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review_translation translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getQueue: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                /** @description One of your locales; all of them when omitted */
                locale?: "en" | "zh-CN" | "pt-BR";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TaskResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to translate translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGlossary: {
        parameters: {
            query?: {
                /** @description Text searched in every locale's terms and the concept id: case- and accent-insensitive, exact matches first */
                q?: string;
                /** @description Concepts per page; every match when absent */
                limit?: number;
                /** @description Matches to skip (page × limit) */
                offset?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlossaryListResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createGlossary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGlossaryConceptDto"];
            };
        };
        responses: {
            /** @description The concept; its ETag for the next write */
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlossaryConceptResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review_translation translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGlossary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conceptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One concept with its terms; the ETag to send in If-Match */
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlossaryConceptResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteGlossary: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                conceptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review_translation translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putTerms: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                conceptId: string;
                locale: "en" | "zh-CN" | "pt-BR";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutGlossaryTermsDto"];
            };
        };
        responses: {
            /** @description The concept with all its terms */
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlossaryConceptResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review_translation translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGlossaryHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conceptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlossaryHistoryResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportUiString: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                namespace: string;
                locale: "en" | "zh-CN" | "pt-BR";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The namespace, loadable as is by i18next. X-Missing-Plurals names the plural forms the locale needs and nobody wrote (`site_many, place_ordinal_two`), X-Unused-Plurals the forms it has that i18next never selects for a count in this locale (`site_one` in zh-CN: kept, never shown), X-Missing-Keys the keys of the English namespace not translated at all; each comma-separated, each key percent-encoded, empty when none. */
            200: {
                headers: {
                    "X-Missing-Plurals"?: string;
                    "X-Unused-Plurals"?: string;
                    "X-Missing-Keys"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string | {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importUiString: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                namespace: string;
                locale: "en" | "zh-CN" | "pt-BR";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: string | {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Keys imported; `unused`: plural forms the locale does not have (`site_one` in zh-CN), kept as written but never selected by i18next, each with why in your language; `missing`: forms it lacks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UiStringsImportResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to translate translation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUiStringNamespaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UiStringsNamespacesResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUiStringGaps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                namespace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UiStringsNamespaceResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPreference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePreference: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollow: {
        parameters: {
            query: {
                /** @description The token of a mail's unsubscribe link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeResponse"];
                };
            };
            /** @description `unsubscribe_invalid`: not a token the portal signed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this network; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProjects: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                jurisdictionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProjectView"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The project’s state does not allow it (project_transition_not_allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to submit project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The project’s state does not allow it (project_transition_not_allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    validateProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The project’s state does not allow it (project_transition_not_allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The project’s state does not allow it (project_transition_not_allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The project’s state does not allow it (project_transition_not_allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The project’s state does not allow it (project_transition_not_allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMonitoring: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MonitoringReportView"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read monitoring_report */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMonitoring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMonitoringReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringReportView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create monitoring_report */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The project is not registered, or the period overlaps another report */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIssuances: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IssuanceView"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringReportView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read monitoring_report */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMonitoring: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMonitoringReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringReportView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update monitoring_report */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The report’s state does not allow it (monitoring_transition_not_allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitMonitoring: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringReportView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to submit monitoring_report */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The report’s state does not allow it (monitoring_transition_not_allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveMonitoring: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovedMonitoringReportView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review monitoring_report */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The report’s state does not allow it (monitoring_transition_not_allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectMonitoring: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringReportView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to review monitoring_report */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The report’s state does not allow it (monitoring_transition_not_allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSales: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SaleView"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read sale */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSale: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSaleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create sale */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More tonnes than the vintage has available (credits_unavailable) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCredits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditAccountView"][];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSale: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleDetailView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read sale */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retireSale: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRetirementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetirementView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create retirement */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More tonnes than the sale has left (retirement_exceeds_sale) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBuyers: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BuyerView"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read buyer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBuyer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBuyerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create buyer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBuyer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read buyer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBuyer: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBuyerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update buyer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFxRates: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FxRateView"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read fx_rate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFxRate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFxRateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxRateView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create fx_rate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate of that currency and date exists (fx_rate_exists) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importFxRate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportFxRatesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxImportResultView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create fx_rate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFxRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxRateView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read fx_rate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFxRate: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version this edit is based on */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFxRateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxRateView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update fx_rate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since that ETag (precondition_failed, with currentVersion) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No If-Match (precondition_required) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProjectDocuments: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DocumentResponse"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attachProjectDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachProjectDocumentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create document */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardView"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read dashboard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJurisdictions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a byte order mark, headers in the Accept-Language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read dashboard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a byte order mark, headers in the Accept-Language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read dashboard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOverall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a byte order mark, headers in the Accept-Language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read dashboard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPrices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a byte order mark, headers in the Accept-Language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read dashboard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Of the content: send it back in If-None-Match */
                    ETag?: string;
                    /** @description public, max-age=60 */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSummaryView"];
                };
            };
            /** @description If-None-Match names the current ETag */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openAuction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenAuctionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The edit counter (`version`), to send back in If-Match */
                    ETag?: string;
                    /** @description The new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuctionView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create auction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuctions: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                projectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuctionPage"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read auction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its ETag is of what this reader sees: it changes with every bid */
            200: {
                headers: {
                    /** @description Of what this caller sees: send it back in If-None-Match */
                    ETag?: string;
                    /** @description private, no-cache */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuctionView"];
                };
            };
            /** @description If-None-Match names the current ETag */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read auction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBids: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BidPage"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to read auction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    placeBid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceBidDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuctionView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to bid bid */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeAuction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuctionView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to update auction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerBuyerOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterBuyerOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerRegistrationView"];
                };
            };
            /** @description Invalid input: `errors[]` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs permission to create buyer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json in the caller's language */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
