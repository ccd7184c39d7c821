// Package oktatest provides a fake Okta org for tests, the way net/http/httptest provides a fake HTTP server.
//
// NewServer starts an in-memory org on a loopback port. It answers every operation of the Okta Management API
// (5.1.0, and those Okta's current description adds) with Okta's JSON shapes, its error model, its pagination
// and its rate-limit headers, and it runs an OAuth 2.0 token endpoint for service apps. Every server is independent and safe for concurrent
// use, so parallel tests can each start their own:
//
//	srv := oktatest.NewServer(oktatest.WithUsers(oktatest.User{
//		Profile: map[string]any{"login": "ann@example.com", "firstName": "Ann", "lastName": "Lee"},
//	}))
//	defer srv.Close()
//	client, err := srv.NewClient()
//	...
//	users, _, err := client.Users.List(ctx, nil)
//
// # Behaviour
//
// The fake follows Okta where it implements something:
//
//   - Users are created STAGED (activate=false), ACTIVE (activated, with a password or a provider) or
//     PROVISIONED (activated without a password), or PASSWORD_EXPIRED with nextLogin=changePassword. The
//     lifecycle operations follow Okta's state machine and answer Okta's errors for transitions it refuses
//     (E0000016 to activate an active user, E0000032 to unlock a user who is not locked out, E0000038
//     otherwise). The first DELETE of a user deactivates it; the second deletes it. POST /api/v1/users/{id}
//     merges the profile, PUT replaces it. The default user schema applies (login, email, firstName and
//     lastName required; the login an email address, unique regardless of case), and any other profile
//     attribute is accepted as a custom attribute. Passwords must have 8 characters with a lowercase letter,
//     an uppercase letter and a digit.
//   - Lists page with limit and after and answer Link headers (rel="self", and rel="next" when more items
//     follow) as separate header values. Users support q (a prefix of first name, last name, email or login),
//     filter (status, lastUpdated, created, id, type.id and some profile attributes; eq, and lt/le/gt/ge for
//     dates) and search (any attribute with eq, ne, sw, co, ew, pr, gt, ge, lt, le; and, or, parentheses;
//     sortBy and sortOrder); q combines with either. Without filter or search, users in DEPROVISIONED status
//     are left out, as Okta does. Groups support q on the name, filter and search; apps support q (label or
//     name), filter (status, name, user.id, group.id) and expand=user/{userId}.
//   - Groups are OKTA_GROUP groups with unique names, plus the BUILT_IN group Everyone, which holds every user
//     and cannot be changed.
//   - Apps of any sign-on mode are stored as sent, with Okta's defaults for what is left out and the server's
//     fields (id, status, created, lastUpdated, _links). An app that names a template ("bookmark",
//     "oidc_client", "template_swa", ...) may leave its signOnMode out. An active app cannot be deleted
//     (E0000056). Users of an app are its direct assignments (scope USER) and the members of its groups
//     (scope GROUP).
//   - Policies of any type are stored as sent; listing them requires type (E0000028). Policies and their
//     rules have priorities and can be activated and deactivated.
//   - Errors use Okta's model: errorCode, errorSummary, errorLink, errorId and errorCauses. E0000001 for
//     validation (with causes such as "login: An object with this field already exists in the current
//     organization"), E0000003 for malformed JSON, E0000007 for a resource not found, E0000011 for a bad API
//     token (401), E0000006 for a missing OAuth scope (403), E0000022 for a method the path does not support
//     (405), E0000047 for rate limits (429).
//   - Every response carries X-Okta-Request-Id, Date and X-Rate-Limit-Limit, -Remaining and -Reset.
//     WithRateLimit sets a budget per endpoint; past it, requests are answered 429 until the window ends.
//
// # Authentication
//
// The server accepts its API token (Server.Token, "Authorization: SSWS <token>") for everything. A service app
// registered with WithServiceApp gets access tokens at POST /oauth2/v1/token with the client_credentials grant
// and a private_key_jwt client assertion, which the server verifies against the app's public key (signature,
// iss and sub = client ID, aud = <URL>/oauth2/v1/token, exp in the future and at most an hour away, jti never
// seen before). Failures are OAuth errors such as {"error":"invalid_client","error_description":...}. The API
// accepts the tokens with "Authorization: Bearer <token>" and enforces their scopes: okta.users.read allows the
// GETs of users, okta.users.manage everything on users, and likewise okta.groups.*, okta.apps.* and
// okta.policies.*; the other operations need okta.<the first segment of the path after the version>.read or
// .manage (okta.authorizationServers.manage, okta.idps.read, okta.logs.read, ...). WithDPoPRequired makes an app use DPoP (RFC 9449), nonce included.
//
// # Faults
//
// For resilience tests, Server.SetLatency delays answers, Server.FailNext answers the next requests to a path
// with an error status (a 503, a 429), and Server.DropNext closes their connections without answering.
// Server.Requests reports what clients sent, retry headers included. WithClock gives the server a clock the test
// controls.
//
// # What the fake models, and what it only stores
//
// Users, groups, apps and policies (the operations listed below) are modelled faithfully, as described above.
// Some operations on top of the generic store follow Okta too:
//
//   - Admin roles: assigning a role to a user, group or client answers Okta's Role (label, status ACTIVE,
//     assignmentType); assigning a standard role twice answers the first assignment. listUsersWithRoleAssignments
//     lists the users who hold a role directly or through a group, and a user's roles list the assignments.
//     Group targets of a role must name existing groups and list as Groups. Custom roles, and the bindings of
//     resource sets, are found by label as well as by ID; a binding is named by its role, and its members and a
//     set's resources are added with PATCH {"additions": [...]}.
//   - Group owners name existing users or groups, with their display names. A group rule is created INACTIVE;
//     once activated, it assigns the users matching its expression (user.<attribute> == or != "value", joined by
//     && and ||) to its groups, and users created or updated later too. expand=stats embeds a group's counts.
//   - User factors are enrolled PENDING_ACTIVATION (a security question, or activate=true, ACTIVE) with Okta's
//     ID prefix for their type; activate and verify take the passcode WithPasscode chose (DefaultPasscode
//     otherwise) and answer E0000068 to any other; reset_factors unenrolls them all.
//   - Identity providers link existing users (by ID or login) under an externalId.
//   - An authorization server has an ACTIVE and a NEXT signing key; keyRotate expires the ACTIVE one, promotes
//     the NEXT one and makes a new NEXT key. Verifying an event hook makes it VERIFIED.
//   - App links list the active apps a user is assigned, directly or through a group. revokeUserSessions clears
//     the user's sessions.
//   - The System Log (GET /api/v1/logs) returns Okta-shaped events for what clients did through the fake:
//     user.lifecycle.create, .activate, .deactivate, .suspend, .unsuspend, .delete.initiated,
//     user.account.update_profile, user.account.unlock, user.account.reset_password, user.session.clear,
//     user.mfa.factor.activate, .deactivate and .reset_all, user.account.privilege.grant and
//     .revoke, group.lifecycle.create and .delete, group.user_membership.add and .remove, group.privilege.grant
//     and .revoke, application.lifecycle.create, .activate, .deactivate and .delete,
//     application.user_membership.add and .remove, policy.lifecycle.create and .delete. since (7 days ago by
//     default), until, filter (target.* matches any target), q (every word), sortOrder and limit/after work as
//     Okta's do.
//
// Every other operation is answered by a generic resource store, driven by the operation table (the same one the
// SDK's tests use) rather than by a handler per operation:
//
//   - POST to a collection creates a resource: what the client sent, kept whole (unknown members included), plus
//     id (Okta's three-character prefix where known: aus, scp, ocl, nzo, who, ...; 20 characters), created,
//     lastUpdated, _links.self, and status ACTIVE where the resource has a lifecycle (INACTIVE with
//     activate=false). GET lists a collection (limit, after and Link headers; q matches a prefix of any string
//     member; filter with eq and friends on any attribute) and reads an item; PUT replaces it, keeping the
//     server's fields; POST and PATCH to an item merge; DELETE deletes it and everything below it.
//   - Lifecycle actions (…/lifecycle/activate, …/deactivate, …/suspend, …/unsuspend, …/pause, ...) move the
//     resource's status.
//   - Singletons (paths without an ID that the API reads with GET: org settings, threat insight, attack
//     protection, rate-limit settings, brand pages, ...) read and replace one object, which starts as the payload
//     recorded from a real org where the SDK has one, and as {} otherwise.
//   - Other actions answer what the API's response schema says: nothing, an empty array, the resource they act
//     on when the schema is the resource's, or an empty object.
//   - A path's parents must exist: an unknown ID answers E0000007 (404). Resources that no operation creates
//     (brands' templates, features, schemas, ...) exist as soon as they are named, as they do in an org.
//
// The generic store checks no business rules: it validates nothing in a body beyond well-formed JSON, and an
// action's effect beyond a status change is not modelled (sending a verification email, rotating a key's
// material, evaluating a policy). Tests that need such behaviour answer the operation themselves with
// WithHandler, which takes precedence over the fake; Server.Requests still records those requests.
//
// # Operations
//
// The server models these operations by hand; the generic store answers the others.
//
// Users:
//   - listUsers GET /api/v1/users
//   - createUser POST /api/v1/users
//   - getUser GET /api/v1/users/{userId}
//   - updateUser POST /api/v1/users/{userId}
//   - replaceUser PUT /api/v1/users/{userId}
//   - deleteUser DELETE /api/v1/users/{userId}
//   - listUserGroups GET /api/v1/users/{userId}/groups
//   - activateUser POST /api/v1/users/{userId}/lifecycle/activate
//   - reactivateUser POST /api/v1/users/{userId}/lifecycle/reactivate
//   - deactivateUser POST /api/v1/users/{userId}/lifecycle/deactivate
//   - suspendUser POST /api/v1/users/{userId}/lifecycle/suspend
//   - unsuspendUser POST /api/v1/users/{userId}/lifecycle/unsuspend
//   - unlockUser POST /api/v1/users/{userId}/lifecycle/unlock
//   - expirePassword POST /api/v1/users/{userId}/lifecycle/expire_password
//   - expirePasswordAndGetTemporaryPassword POST /api/v1/users/{userId}/lifecycle/expire_password_with_temp_password
//   - generateResetPasswordToken POST /api/v1/users/{userId}/lifecycle/reset_password
//
// Groups:
//   - listGroups GET /api/v1/groups
//   - createGroup POST /api/v1/groups
//   - getGroup GET /api/v1/groups/{groupId}
//   - replaceGroup PUT /api/v1/groups/{groupId}
//   - deleteGroup DELETE /api/v1/groups/{groupId}
//   - listGroupUsers GET /api/v1/groups/{groupId}/users
//   - assignUserToGroup PUT /api/v1/groups/{groupId}/users/{userId}
//   - unassignUserFromGroup DELETE /api/v1/groups/{groupId}/users/{userId}
//   - listAssignedApplicationsForGroup GET /api/v1/groups/{groupId}/apps
//
// Applications:
//   - listApplications GET /api/v1/apps
//   - createApplication POST /api/v1/apps
//   - getApplication GET /api/v1/apps/{appId}
//   - replaceApplication PUT /api/v1/apps/{appId}
//   - deleteApplication DELETE /api/v1/apps/{appId}
//   - activateApplication POST /api/v1/apps/{appId}/lifecycle/activate
//   - deactivateApplication POST /api/v1/apps/{appId}/lifecycle/deactivate
//   - listApplicationUsers GET /api/v1/apps/{appId}/users
//   - assignUserToApplication POST /api/v1/apps/{appId}/users
//   - getApplicationUser GET /api/v1/apps/{appId}/users/{userId}
//   - updateApplicationUser POST /api/v1/apps/{appId}/users/{userId}
//   - unassignUserFromApplication DELETE /api/v1/apps/{appId}/users/{userId}
//   - listApplicationGroupAssignments GET /api/v1/apps/{appId}/groups
//   - getApplicationGroupAssignment GET /api/v1/apps/{appId}/groups/{groupId}
//   - assignGroupToApplication PUT /api/v1/apps/{appId}/groups/{groupId}
//   - unassignApplicationFromGroup DELETE /api/v1/apps/{appId}/groups/{groupId}
//
// Policies:
//   - listPolicies GET /api/v1/policies
//   - createPolicy POST /api/v1/policies
//   - getPolicy GET /api/v1/policies/{policyId}
//   - replacePolicy PUT /api/v1/policies/{policyId}
//   - deletePolicy DELETE /api/v1/policies/{policyId}
//   - activatePolicy POST /api/v1/policies/{policyId}/lifecycle/activate
//   - deactivatePolicy POST /api/v1/policies/{policyId}/lifecycle/deactivate
//   - listPolicyRules GET /api/v1/policies/{policyId}/rules
//   - createPolicyRule POST /api/v1/policies/{policyId}/rules
//   - getPolicyRule GET /api/v1/policies/{policyId}/rules/{ruleId}
//   - replacePolicyRule PUT /api/v1/policies/{policyId}/rules/{ruleId}
//   - deletePolicyRule DELETE /api/v1/policies/{policyId}/rules/{ruleId}
//   - activatePolicyRule POST /api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/activate
//   - deactivatePolicyRule POST /api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/deactivate
//
// And POST /oauth2/v1/token (client credentials with private_key_jwt).
//
// # Differences from Okta
//
// The fake sends no email; custom profile attributes need no schema; IDs and timestamps are made up
// (timestamps have milliseconds). Lifecycle errors for
// transitions the documentation leaves open use E0000038. Rate limits are far above Okta's unless configured,
// so tests do not meet them by surprise.
package oktatest
