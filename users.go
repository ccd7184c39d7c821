package okta

import (
	"context"
	"net/http"
	"time"
)

// UsersService manages users: creating, reading, updating and deleting them, moving them through their
// lifecycle (activate, suspend, deactivate, ...), their passwords and recovery question, their sessions, the
// OAuth 2.0 grants and refresh tokens issued for them, and the resources linked to them (groups, app links,
// identity providers, linked objects). Reach it as client.Users.
type UsersService service

// List returns one page of users. Pass resp.After back in opts.After to fetch the next page, or use ListIter.
//
//okta:operation listUsers GET /api/v1/users
func (s *UsersService) List(ctx context.Context, opts *UsersListOptions) ([]User, *Response, error) {
	return send[[]User](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users").withQuery(opts))
}

// ListIter returns an iterator over all users that match opts, fetching pages as it goes.
func (s *UsersService) ListIter(ctx context.Context, opts *UsersListOptions) *Iterator[User] {
	return newIterator[User](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users").withQuery(opts))
}

// Create creates a user. With opts.Activate unset Okta activates the user; set it to false to create a STAGED
// user.
//
//okta:operation createUser POST /api/v1/users
func (s *UsersService) Create(ctx context.Context, user *CreateUserRequest, opts *UsersCreateOptions) (*User, *Response, error) {
	return send[*User](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users").withBody(user).withQuery(opts))
}

// Get retrieves a user by ID or login. A login that is an email address is fine; it is escaped. The
// Response's ETag header is what UsersUpdateOptions.IfMatch and UsersReplaceOptions.IfMatch expect.
//
//okta:operation getUser GET /api/v1/users/{userId}
func (s *UsersService) Get(ctx context.Context, userIDOrLogin string, opts *UsersGetOptions) (*User, *Response, error) {
	return send[*User](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}", userIDOrLogin).withQuery(opts))
}

// Update changes the attributes of a user that are set in user and leaves the others as they are (a partial
// update). A profile attribute left empty is not sent; to clear one, send null through the profile's Extra
// (see [Extra]):
//
//	p := &okta.UserProfile{}
//	p.Extra.SetNull("nickName")
//	client.Users.Update(ctx, id, &okta.UpdateUserRequest{Profile: p}, nil)
//
//okta:operation updateUser POST /api/v1/users/{userId}
func (s *UsersService) Update(ctx context.Context, userID string, user *UpdateUserRequest, opts *UsersUpdateOptions) (*User, *Response, error) {
	return send[*User](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}", userID).withBody(user).withQuery(opts))
}

// Replace replaces a user's profile and credentials with those of user: profile attributes it leaves out are
// cleared. Get the user, change it and Replace it; everything Get returned, custom attributes included, is
// sent back. Read-only attributes (id, status, timestamps, _links) are ignored by Okta.
//
//okta:operation replaceUser PUT /api/v1/users/{userId}
func (s *UsersService) Replace(ctx context.Context, userID string, user *User, opts *UsersReplaceOptions) (*User, *Response, error) {
	return send[*User](ctx, s.client, newRequest(http.MethodPut, "/api/v1/users/{userId}", userID).withBody(user).withQuery(opts))
}

// Delete deletes a user for good. A user who is not yet DEPROVISIONED is deactivated by the first Delete and
// deleted by a second one.
//
//okta:operation deleteUser DELETE /api/v1/users/{userId}
func (s *UsersService) Delete(ctx context.Context, userID string, opts *UsersDeleteOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}", userID).withQuery(opts))
}

// Activate activates a STAGED or DEPROVISIONED user. With opts.SendEmail false, the result holds the
// activation link to hand to the user; otherwise Okta emails it and the result is empty.
//
//okta:operation activateUser POST /api/v1/users/{userId}/lifecycle/activate
func (s *UsersService) Activate(ctx context.Context, userID string, opts *UsersActivateOptions) (*UserActivationToken, *Response, error) {
	return send[*UserActivationToken](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/lifecycle/activate", userID).withQuery(opts))
}

// Reactivate starts the activation of a PROVISIONED user again, whose activation email has expired or was
// lost. With opts.SendEmail false, the result holds the new activation link.
//
//okta:operation reactivateUser POST /api/v1/users/{userId}/lifecycle/reactivate
func (s *UsersService) Reactivate(ctx context.Context, userID string, opts *UsersReactivateOptions) (*UserActivationToken, *Response, error) {
	return send[*UserActivationToken](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/lifecycle/reactivate", userID).withQuery(opts))
}

// Deactivate deactivates a user: they become DEPROVISIONED, lose access and are removed from their apps. The
// spec says the response is a Success object; Okta answers with an empty one or none, so there is nothing to
// return but the Response.
//
//okta:operation deactivateUser POST /api/v1/users/{userId}/lifecycle/deactivate
func (s *UsersService) Deactivate(ctx context.Context, userID string, opts *UsersDeactivateOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/lifecycle/deactivate", userID).withQuery(opts))
}

// Suspend suspends an ACTIVE user, who cannot sign in until Unsuspend. Okta answers with an empty object,
// so only the Response is returned.
//
//okta:operation suspendUser POST /api/v1/users/{userId}/lifecycle/suspend
func (s *UsersService) Suspend(ctx context.Context, userID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/lifecycle/suspend", userID))
}

// Unsuspend makes a SUSPENDED user ACTIVE again.
//
//okta:operation unsuspendUser POST /api/v1/users/{userId}/lifecycle/unsuspend
func (s *UsersService) Unsuspend(ctx context.Context, userID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/lifecycle/unsuspend", userID))
}

// Unlock unlocks a LOCKED_OUT user, who keeps their password. Okta refuses (E0000032) for a user who is not
// locked out.
//
//okta:operation unlockUser POST /api/v1/users/{userId}/lifecycle/unlock
func (s *UsersService) Unlock(ctx context.Context, userID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/lifecycle/unlock", userID))
}

// ExpirePassword expires a user's password: they must change it at their next sign-in. It returns the user,
// now PASSWORD_EXPIRED.
//
//okta:operation expirePassword POST /api/v1/users/{userId}/lifecycle/expire_password
func (s *UsersService) ExpirePassword(ctx context.Context, userID string) (*User, *Response, error) {
	return send[*User](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/lifecycle/expire_password", userID))
}

// ExpirePasswordWithTempPassword expires a user's password and sets a temporary one, returned in the result,
// which the user must change at their next sign-in.
//
//okta:operation expirePasswordAndGetTemporaryPassword POST /api/v1/users/{userId}/lifecycle/expire_password_with_temp_password
func (s *UsersService) ExpirePasswordWithTempPassword(ctx context.Context, userID string, opts *UsersExpirePasswordWithTempPasswordOptions) (*TempPassword, *Response, error) {
	return send[*TempPassword](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/lifecycle/expire_password_with_temp_password", userID).withQuery(opts))
}

// ResetPassword starts a password reset: the user's status becomes RECOVERY and Okta emails them a reset
// link, or, with opts.SendEmail false, returns the link to hand to them.
//
//okta:operation generateResetPasswordToken POST /api/v1/users/{userId}/lifecycle/reset_password
func (s *UsersService) ResetPassword(ctx context.Context, userID string, opts *UsersResetPasswordOptions) (*ResetPasswordToken, *Response, error) {
	return send[*ResetPasswordToken](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/lifecycle/reset_password", userID).withQuery(opts))
}

// ResetFactors unenrolls every factor of a user, who must enroll again at their next sign-in. Okta answers
// with an empty object, so only the Response is returned.
//
//okta:operation resetFactors POST /api/v1/users/{userId}/lifecycle/reset_factors
func (s *UsersService) ResetFactors(ctx context.Context, userID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/lifecycle/reset_factors", userID))
}

// ChangePassword changes a user's password, given the current one, and returns the user's credentials
// (without the password). opts.Strict also checks the org's password history and minimum age.
//
//okta:operation changePassword POST /api/v1/users/{userId}/credentials/change_password
func (s *UsersService) ChangePassword(ctx context.Context, userID string, change *ChangePasswordRequest, opts *UsersChangePasswordOptions) (*UserCredentials, *Response, error) {
	return send[*UserCredentials](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/credentials/change_password", userID).withBody(change).withQuery(opts))
}

// ChangeRecoveryQuestion changes a user's recovery question and answer, given their current password in
// credentials.Password, and returns the credentials (without secrets).
//
//okta:operation changeRecoveryQuestion POST /api/v1/users/{userId}/credentials/change_recovery_question
func (s *UsersService) ChangeRecoveryQuestion(ctx context.Context, userID string, credentials *UserCredentials) (*UserCredentials, *Response, error) {
	return send[*UserCredentials](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/credentials/change_recovery_question", userID).withBody(credentials))
}

// ForgotPassword starts the forgotten-password flow for a user: Okta emails them a reset link or, with
// opts.SendEmail false, returns it.
//
//okta:operation forgotPassword POST /api/v1/users/{userId}/credentials/forgot_password
func (s *UsersService) ForgotPassword(ctx context.Context, userID string, opts *UsersForgotPasswordOptions) (*ForgotPasswordResponse, *Response, error) {
	return send[*ForgotPasswordResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/credentials/forgot_password", userID).withQuery(opts))
}

// ForgotPasswordSetNewPassword sets a new password for a user who answers their recovery question:
// credentials carries the answer in RecoveryQuestion.Answer and the new password in Password.Value.
//
//okta:operation forgotPasswordSetNewPassword POST /api/v1/users/{userId}/credentials/forgot_password_recovery_question
func (s *UsersService) ForgotPasswordSetNewPassword(ctx context.Context, userID string, credentials *UserCredentials, opts *UsersForgotPasswordSetNewPasswordOptions) (*UserCredentials, *Response, error) {
	return send[*UserCredentials](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/credentials/forgot_password_recovery_question", userID).withBody(credentials).withQuery(opts))
}

// RevokeSessions ends every session of a user, signing them out everywhere; opts.OAuthTokens also revokes
// the OpenID Connect and OAuth tokens issued to them.
//
//okta:operation revokeUserSessions DELETE /api/v1/users/{userId}/sessions
func (s *UsersService) RevokeSessions(ctx context.Context, userID string, opts *UsersRevokeSessionsOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/sessions", userID).withQuery(opts))
}

// ListAppLinks returns the app links of a user: the apps on their dashboard.
//
//okta:operation listAppLinks GET /api/v1/users/{userId}/appLinks
func (s *UsersService) ListAppLinks(ctx context.Context, userID string) ([]AppLink, *Response, error) {
	return send[[]AppLink](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/appLinks", userID))
}

// ListBlocks returns the blocks on a user's sign-ins from unknown or any devices, set by the org's
// ThreatInsight and lockout settings.
//
//okta:operation listUserBlocks GET /api/v1/users/{userId}/blocks
func (s *UsersService) ListBlocks(ctx context.Context, userID string) ([]UserBlock, *Response, error) {
	return send[[]UserBlock](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/blocks", userID))
}

// ListGroups returns the groups a user belongs to. The list is not paginated.
//
//okta:operation listUserGroups GET /api/v1/users/{userId}/groups
func (s *UsersService) ListGroups(ctx context.Context, userID string) ([]Group, *Response, error) {
	return send[[]Group](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/groups", userID))
}

// ListIdentityProviders returns the identity providers a user is linked to.
//
//okta:operation listUserIdentityProviders GET /api/v1/users/{userId}/idps
func (s *UsersService) ListIdentityProviders(ctx context.Context, userID string) ([]IdentityProvider, *Response, error) {
	return send[[]IdentityProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/idps", userID))
}

// ReplaceLinkedObject links two users in a relationship defined in the user schema's linked objects: userID
// becomes an associated user of primaryUserID in the relationship primaryRelationshipName (for example,
// the user becomes a "subordinate" of their "manager").
//
//okta:operation setLinkedObjectForUser PUT /api/v1/users/{userId}/linkedObjects/{primaryRelationshipName}/{primaryUserId}
func (s *UsersService) ReplaceLinkedObject(ctx context.Context, userID, primaryRelationshipName, primaryUserID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/users/{userId}/linkedObjects/{primaryRelationshipName}/{primaryUserId}", userID, primaryRelationshipName, primaryUserID))
}

// ListLinkedObjects returns one page of the users linked to a user in the relationship relationshipName,
// primary or associated. Each is a link to the other user (its Links.Href("self")).
//
//okta:operation listLinkedObjectsForUser GET /api/v1/users/{userId}/linkedObjects/{relationshipName}
func (s *UsersService) ListLinkedObjects(ctx context.Context, userID, relationshipName string, opts *UsersListLinkedObjectsOptions) ([]ResponseLinks, *Response, error) {
	return send[[]ResponseLinks](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/linkedObjects/{relationshipName}", userID, relationshipName).withQuery(opts))
}

// ListLinkedObjectsIter returns an iterator over all the users linked to a user in relationshipName.
func (s *UsersService) ListLinkedObjectsIter(ctx context.Context, userID, relationshipName string, opts *UsersListLinkedObjectsOptions) *Iterator[ResponseLinks] {
	return newIterator[ResponseLinks](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/linkedObjects/{relationshipName}", userID, relationshipName).withQuery(opts))
}

// DeleteLinkedObject removes a user's links in the relationship relationshipName. For a primary
// relationship name it removes every associated user's link to them; for an associated name, their link to
// their primary user.
//
//okta:operation deleteLinkedObjectForUser DELETE /api/v1/users/{userId}/linkedObjects/{relationshipName}
func (s *UsersService) DeleteLinkedObject(ctx context.Context, userID, relationshipName string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/linkedObjects/{relationshipName}", userID, relationshipName))
}

// UsersListOptions are the parameters of UsersService.List.
type UsersListOptions struct {
	// Q finds users whose first name, last name, email or login starts with Q.
	Q string `url:"q"`
	// Filter is a filter expression on status, lastUpdated, id or type, e.g. `status eq "ACTIVE"`.
	Filter string `url:"filter"`
	// Search is a search expression on any profile attribute and more, e.g. `profile.department eq "Sales"`.
	Search string `url:"search"`
	// Limit is the page size (Okta's default is 200).
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// SortBy names the attribute to sort by (with Search only).
	SortBy string `url:"sortBy"`
	// SortOrder is "asc" or "desc" (with SortBy).
	SortOrder SortOrder `url:"sortOrder"`
	// Expand embeds related resources in each user's _embedded (e.g. "classification").
	Expand UserExpand `url:"expand"`
	// Fields projects each user onto the properties it names, comma-separated, with profile attributes inside
	// a profile:() group: "status,profile:(firstName,lastName)". The id always comes back.
	Fields string `url:"fields"`
	// Omit leaves parts of each user out of the response (see UserOmissions); with delegated authentication
	// that can make the list much faster.
	Omit UserOmissions `header:"Content-Type"`
}

// UsersGetOptions are the parameters of UsersService.Get.
type UsersGetOptions struct {
	// Expand embeds related resources in the user's _embedded: UserExpandBlocks or UserExpandClassification.
	Expand UserExpand `url:"expand"`
	// Omit leaves parts of the user out of the response (see UserOmissions).
	Omit UserOmissions `header:"Content-Type"`
}

// UsersCreateOptions are the parameters of UsersService.Create.
type UsersCreateOptions struct {
	// Activate, when set, says whether to activate the user; Okta's default is true.
	Activate *bool `url:"activate"`
	// Provider creates the user with a federated or social provider instead of a password.
	Provider *bool `url:"provider"`
	// NextLogin set to "changePassword" expires the password so the user must change it at first sign-in.
	NextLogin UserNextLogin `url:"nextLogin"`
}

// UsersUpdateOptions are the parameters of UsersService.Update.
type UsersUpdateOptions struct {
	// Strict checks a new password against the org's password history and minimum age.
	Strict *bool `url:"strict"`
	// IfMatch makes the change conditional: Okta applies it only if the user still has this entity tag (the
	// ETag header of the Get or change that read it), and answers 412 Precondition Failed otherwise.
	IfMatch string `header:"If-Match"`
}

// UsersReplaceOptions are the parameters of UsersService.Replace.
type UsersReplaceOptions struct {
	// Strict checks a new password against the org's password history and minimum age.
	Strict *bool `url:"strict"`
	// IfMatch makes the change conditional: Okta applies it only if the user still has this entity tag (the
	// ETag header of the Get or change that read it), and answers 412 Precondition Failed otherwise.
	IfMatch string `header:"If-Match"`
}

// UsersDeleteOptions are the parameters of UsersService.Delete.
type UsersDeleteOptions struct {
	// SendEmail tells the admins that the user was deactivated (Okta's default is false).
	SendEmail *bool `url:"sendEmail"`
	// Prefer set to PreferRespondAsync asks Okta to delete (or, for a user not yet deactivated, deactivate) the
	// user in the background and answer at once.
	Prefer Prefer `header:"Prefer"`
}

// UsersActivateOptions are the parameters of UsersService.Activate.
type UsersActivateOptions struct {
	// SendEmail emails the activation link to the user (Okta's default is true). Set it to false to get the
	// link in the result instead.
	SendEmail *bool `url:"sendEmail"`
}

// UsersReactivateOptions are the parameters of UsersService.Reactivate.
type UsersReactivateOptions struct {
	// SendEmail emails the activation link to the user (Okta's default is false).
	SendEmail *bool `url:"sendEmail"`
}

// UsersDeactivateOptions are the parameters of UsersService.Deactivate.
type UsersDeactivateOptions struct {
	// SendEmail tells the admins that the user was deactivated (Okta's default is false).
	SendEmail *bool `url:"sendEmail"`
	// Prefer set to PreferRespondAsync asks Okta to deactivate the user in the background and answer at once;
	// until it is done the user's transitioningToStatus is DEPROVISIONED.
	Prefer Prefer `header:"Prefer"`
}

// UsersExpirePasswordWithTempPasswordOptions are the parameters of UsersService.ExpirePasswordWithTempPassword.
type UsersExpirePasswordWithTempPasswordOptions struct {
	// RevokeSessions also ends the user's sessions (all but the current one).
	RevokeSessions *bool `url:"revokeSessions"`
}

// UsersResetPasswordOptions are the parameters of UsersService.ResetPassword.
type UsersResetPasswordOptions struct {
	// SendEmail emails the reset link to the user. Set it to false to get the link in the result instead.
	SendEmail *bool `url:"sendEmail"`
	// RevokeSessions also ends the user's sessions (all but the current one).
	RevokeSessions *bool `url:"revokeSessions"`
}

// UsersChangePasswordOptions are the parameters of UsersService.ChangePassword.
type UsersChangePasswordOptions struct {
	// Strict checks the new password against the org's password history and minimum age.
	Strict *bool `url:"strict"`
}

// UsersForgotPasswordOptions are the parameters of UsersService.ForgotPassword.
type UsersForgotPasswordOptions struct {
	// SendEmail emails the reset link to the user (Okta's default is true). Set it to false to get the link in
	// the result instead.
	SendEmail *bool `url:"sendEmail"`
}

// UsersForgotPasswordSetNewPasswordOptions are the parameters of UsersService.ForgotPasswordSetNewPassword.
type UsersForgotPasswordSetNewPasswordOptions struct {
	// SendEmail emails the user about the change (Okta's default is true).
	SendEmail *bool `url:"sendEmail"`
}

// UsersRevokeSessionsOptions are the parameters of UsersService.RevokeSessions.
type UsersRevokeSessionsOptions struct {
	// OAuthTokens also revokes the OpenID Connect and OAuth refresh and access tokens issued to the user.
	OAuthTokens *bool `url:"oauthTokens"`
	// ForgetDevices also clears the factors the user asked Okta to remember, on every device (Okta's default is
	// false).
	ForgetDevices *bool `url:"forgetDevices"`
}

// UsersListLinkedObjectsOptions are the parameters of UsersService.ListLinkedObjects.
type UsersListLinkedObjectsOptions struct {
	// Limit is the page size (Okta's default is no limit).
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// UserNextLogin says what a new user must do at first sign-in.
type UserNextLogin string

// UserNextLogin values.
const (
	UserNextLoginChangePassword UserNextLogin = "changePassword"
)

// UserStatus is the lifecycle state of a user.
type UserStatus string

// UserStatus values. Okta may send others; they decode as they are.
const (
	UserStatusActive          UserStatus = "ACTIVE"
	UserStatusDeprovisioned   UserStatus = "DEPROVISIONED"
	UserStatusLockedOut       UserStatus = "LOCKED_OUT"
	UserStatusPasswordExpired UserStatus = "PASSWORD_EXPIRED"
	UserStatusProvisioned     UserStatus = "PROVISIONED"
	UserStatusRecovery        UserStatus = "RECOVERY"
	UserStatusStaged          UserStatus = "STAGED"
	UserStatusSuspended       UserStatus = "SUSPENDED"
)

// User is an Okta user.
type User struct {
	ID                    string           `json:"id,omitzero"`
	Status                UserStatus       `json:"status,omitzero"`
	TransitioningToStatus UserStatus       `json:"transitioningToStatus,omitzero"`
	Created               time.Time        `json:"created,omitzero"`
	Activated             time.Time        `json:"activated,omitzero"`
	StatusChanged         time.Time        `json:"statusChanged,omitzero"`
	LastLogin             time.Time        `json:"lastLogin,omitzero"`
	LastUpdated           time.Time        `json:"lastUpdated,omitzero"`
	PasswordChanged       time.Time        `json:"passwordChanged,omitzero"`
	RealmID               string           `json:"realmId,omitzero"`
	Type                  *UserTypeRef     `json:"type,omitzero"`
	Profile               *UserProfile     `json:"profile,omitzero"`
	Credentials           *UserCredentials `json:"credentials,omitzero"`
	// Embedded holds the resources asked for with an expand parameter.
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}

// UserTypeRef names the user type of a user.
type UserTypeRef struct {
	ID    string `json:"id,omitzero"`
	Extra Extra  `json:"-"`
}

// UserProfile holds a user's profile attributes: the standard ones as fields, and custom attributes (those
// added in the Profile Editor) in Extra, where Get and Set read and write them.
type UserProfile struct {
	Login             string `json:"login,omitzero"`
	Email             string `json:"email,omitzero"`
	SecondEmail       string `json:"secondEmail,omitzero"`
	FirstName         string `json:"firstName,omitzero"`
	LastName          string `json:"lastName,omitzero"`
	MiddleName        string `json:"middleName,omitzero"`
	HonorificPrefix   string `json:"honorificPrefix,omitzero"`
	HonorificSuffix   string `json:"honorificSuffix,omitzero"`
	Title             string `json:"title,omitzero"`
	DisplayName       string `json:"displayName,omitzero"`
	NickName          string `json:"nickName,omitzero"`
	ProfileURL        string `json:"profileUrl,omitzero"`
	PrimaryPhone      string `json:"primaryPhone,omitzero"`
	MobilePhone       string `json:"mobilePhone,omitzero"`
	StreetAddress     string `json:"streetAddress,omitzero"`
	City              string `json:"city,omitzero"`
	State             string `json:"state,omitzero"`
	ZipCode           string `json:"zipCode,omitzero"`
	CountryCode       string `json:"countryCode,omitzero"`
	PostalAddress     string `json:"postalAddress,omitzero"`
	PreferredLanguage string `json:"preferredLanguage,omitzero"`
	Locale            string `json:"locale,omitzero"`
	Timezone          string `json:"timezone,omitzero"`
	UserType          string `json:"userType,omitzero"`
	EmployeeNumber    string `json:"employeeNumber,omitzero"`
	CostCenter        string `json:"costCenter,omitzero"`
	Organization      string `json:"organization,omitzero"`
	Division          string `json:"division,omitzero"`
	Department        string `json:"department,omitzero"`
	ManagerID         string `json:"managerId,omitzero"`
	Manager           string `json:"manager,omitzero"`
	// Extra holds custom attributes, and standard ones that were null or empty.
	Extra Extra `json:"-"`
}

// UserCredentials are a user's primary authentication and recovery credentials. Okta also returns the user's
// email addresses and their verification status as "emails", which the spec does not list; they are kept in
// Extra.
type UserCredentials struct {
	Password         *PasswordCredential         `json:"password,omitzero"`
	RecoveryQuestion *RecoveryQuestionCredential `json:"recovery_question,omitzero"`
	Provider         *AuthenticationProvider     `json:"provider,omitzero"`
	Extra            Extra                       `json:"-"`
}

// PasswordCredential is a user's password: a value to set (never returned by Okta), a hash to import, or an
// inline hook that verifies it.
type PasswordCredential struct {
	Value string                  `json:"value,omitzero"`
	Hash  *PasswordCredentialHash `json:"hash,omitzero"`
	Hook  *PasswordCredentialHook `json:"hook,omitzero"`
	Extra Extra                   `json:"-"`
}

// PasswordCredentialHash is a hashed password to import.
type PasswordCredentialHash struct {
	Algorithm PasswordCredentialHashAlgorithm `json:"algorithm,omitzero"`
	// DigestAlgorithm is the HMAC the PBKDF2 algorithm derived the key with; only PBKDF2 takes it.
	DigestAlgorithm DigestAlgorithm `json:"digestAlgorithm,omitzero"`
	IterationCount  int             `json:"iterationCount,omitzero"`
	KeySize         int             `json:"keySize,omitzero"`
	Salt            string          `json:"salt,omitzero"`
	SaltOrder       string          `json:"saltOrder,omitzero"`
	Value           string          `json:"value,omitzero"`
	WorkFactor      int             `json:"workFactor,omitzero"`
	Extra           Extra           `json:"-"`
}

// PasswordCredentialHashAlgorithm is the hash function of an imported password.
type PasswordCredentialHashAlgorithm string

// PasswordCredentialHashAlgorithm values. Okta may send others; they decode as they are.
const (
	// PasswordCredentialHashAlgorithmBcrypt is bcrypt: Value and Salt are Radix-64, WorkFactor is required.
	PasswordCredentialHashAlgorithmBcrypt PasswordCredentialHashAlgorithm = "BCRYPT"
	// PasswordCredentialHashAlgorithmMD5 is MD5.
	PasswordCredentialHashAlgorithmMD5 PasswordCredentialHashAlgorithm = "MD5"
	// PasswordCredentialHashAlgorithmPBKDF2 is PBKDF2: DigestAlgorithm, IterationCount and KeySize are
	// required.
	PasswordCredentialHashAlgorithmPBKDF2 PasswordCredentialHashAlgorithm = "PBKDF2"
	// PasswordCredentialHashAlgorithmSHA1 is SHA-1.
	PasswordCredentialHashAlgorithmSHA1 PasswordCredentialHashAlgorithm = "SHA-1"
	// PasswordCredentialHashAlgorithmSHA256 is SHA-256.
	PasswordCredentialHashAlgorithmSHA256 PasswordCredentialHashAlgorithm = "SHA-256"
	// PasswordCredentialHashAlgorithmSHA512 is SHA-512.
	PasswordCredentialHashAlgorithmSHA512 PasswordCredentialHashAlgorithm = "SHA-512"
)

// DigestAlgorithm is the HMAC that PBKDF2 derived an imported password's key with.
type DigestAlgorithm string

// DigestAlgorithm values. Okta may send others; they decode as they are.
const (
	// DigestAlgorithmSHA256HMAC is HMAC-SHA-256.
	DigestAlgorithmSHA256HMAC DigestAlgorithm = "SHA256_HMAC"
	// DigestAlgorithmSHA512HMAC is HMAC-SHA-512.
	DigestAlgorithmSHA512HMAC DigestAlgorithm = "SHA512_HMAC"
)

// PasswordCredentialHook names the password inline hook that verifies a user's password at first sign-in.
type PasswordCredentialHook struct {
	Type  string `json:"type,omitzero"`
	Extra Extra  `json:"-"`
}

// RecoveryQuestionCredential is a user's recovery question and answer (the answer is never returned).
type RecoveryQuestionCredential struct {
	Question string `json:"question,omitzero"`
	Answer   string `json:"answer,omitzero"`
	Extra    Extra  `json:"-"`
}

// AuthenticationProvider is where a user's credentials live (OKTA, ACTIVE_DIRECTORY, FEDERATION, SOCIAL, ...).
type AuthenticationProvider struct {
	Type AuthenticationProviderType `json:"type,omitzero"`
	// Name is the provider's name: OKTA, or the name of the Active Directory or LDAP instance.
	Name  string `json:"name,omitzero"`
	Extra Extra  `json:"-"`
}

// AuthenticationProviderType is the kind of provider that holds a user's credentials.
type AuthenticationProviderType string

// AuthenticationProviderType values. Okta may send others; they decode as they are.
const (
	// AuthenticationProviderTypeActiveDirectory is an Active Directory instance, named by Name.
	AuthenticationProviderTypeActiveDirectory AuthenticationProviderType = "ACTIVE_DIRECTORY"
	// AuthenticationProviderTypeFederation is a federated identity provider (such as a SAML IdP): the user
	// has no password or recovery question and signs in through the provider.
	AuthenticationProviderTypeFederation AuthenticationProviderType = "FEDERATION"
	// AuthenticationProviderTypeImport is a hashed password imported from another store.
	AuthenticationProviderTypeImport AuthenticationProviderType = "IMPORT"
	// AuthenticationProviderTypeLDAP is an LDAP directory instance, named by Name.
	AuthenticationProviderTypeLDAP AuthenticationProviderType = "LDAP"
	// AuthenticationProviderTypeOkta is Okta.
	AuthenticationProviderTypeOkta AuthenticationProviderType = "OKTA"
	// AuthenticationProviderTypeSocial is an OpenID Connect or social identity provider: the user has no
	// password or recovery question and signs in through the provider.
	AuthenticationProviderTypeSocial AuthenticationProviderType = "SOCIAL"
)

// CreateUserRequest is the body of UsersService.Create.
type CreateUserRequest struct {
	Profile     *UserProfile     `json:"profile,omitzero"`
	Credentials *UserCredentials `json:"credentials,omitzero"`
	// GroupIDs adds the new user to these groups.
	GroupIDs []string     `json:"groupIds,omitzero"`
	RealmID  string       `json:"realmId,omitzero"`
	Type     *UserTypeRef `json:"type,omitzero"`
	Extra    Extra        `json:"-"`
}

// UpdateUserRequest is the body of UsersService.Update: only the attributes set are changed.
type UpdateUserRequest struct {
	Profile     *UserProfile     `json:"profile,omitzero"`
	Credentials *UserCredentials `json:"credentials,omitzero"`
	RealmID     string           `json:"realmId,omitzero"`
	// Type is the user type, as Okta's current API description lists it for this operation. Okta changes a
	// user's type only through a full replacement (UsersService.Replace) by an admin.
	Type  *UserTypeRef `json:"type,omitzero"`
	Extra Extra        `json:"-"`
}

// UserActivationToken is the activation link of a user, returned when Okta does not email it.
type UserActivationToken struct {
	ActivationToken string `json:"activationToken,omitzero"`
	ActivationURL   string `json:"activationUrl,omitzero"`
	Extra           Extra  `json:"-"`
}

// TempPassword is a temporary password Okta set for a user.
type TempPassword struct {
	TempPassword string `json:"tempPassword,omitzero"`
	Extra        Extra  `json:"-"`
}

// ResetPasswordToken is the password reset link of a user, returned when Okta does not email it.
type ResetPasswordToken struct {
	ResetPasswordURL string `json:"resetPasswordUrl,omitzero"`
	Extra            Extra  `json:"-"`
}

// ForgotPasswordResponse is the forgotten-password link of a user, returned when Okta does not email it.
type ForgotPasswordResponse struct {
	ResetPasswordURL string `json:"resetPasswordUrl,omitzero"`
	Extra            Extra  `json:"-"`
}

// ChangePasswordRequest is the body of UsersService.ChangePassword: the current password and the new one.
type ChangePasswordRequest struct {
	OldPassword *PasswordCredential `json:"oldPassword,omitzero"`
	NewPassword *PasswordCredential `json:"newPassword,omitzero"`
	// RevokeSessions also ends the user's other sessions.
	RevokeSessions *bool `json:"revokeSessions,omitzero"`
	Extra          Extra `json:"-"`
}

// AppLink is an app on a user's dashboard.
type AppLink struct {
	ID               string `json:"id,omitzero"`
	Label            string `json:"label,omitzero"`
	LinkURL          string `json:"linkUrl,omitzero"`
	LogoURL          string `json:"logoUrl,omitzero"`
	AppName          string `json:"appName,omitzero"`
	AppInstanceID    string `json:"appInstanceId,omitzero"`
	AppAssignmentID  string `json:"appAssignmentId,omitzero"`
	CredentialsSetup bool   `json:"credentialsSetup,omitzero"`
	Hidden           bool   `json:"hidden,omitzero"`
	SortOrder        int    `json:"sortOrder,omitzero"`
	Extra            Extra  `json:"-"`
}

// UserBlock is a block on a user's sign-ins.
type UserBlock struct {
	// Type is the kind of block, such as DEVICE_BASED.
	Type UserBlockType `json:"type,omitzero"`
	// AppliesTo says which devices are blocked: UNKNOWN_DEVICES or ANY_DEVICES.
	AppliesTo UserBlockAppliesTo `json:"appliesTo,omitzero"`
	Extra     Extra              `json:"-"`
}

// ResponseLinks is a linked object of a user: a link (Links.Href("self")) to the user on the other end of
// the relationship.
type ResponseLinks struct {
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// SortOrder is the direction of a sorted search (the sortOrder parameter of the user, group and realm lists).
// It applies only with SortBy.
type SortOrder string

// SortOrder values.
const (
	// SortAscending sorts from the smallest value up; it is Okta's default.
	SortAscending SortOrder = "asc"
	// SortDescending sorts from the largest value down.
	SortDescending SortOrder = "desc"
)

// UserBlockType is the kind of a user block.
type UserBlockType string

// UserBlockType values. Okta may send others; they decode as they are.
const (
	UserBlockTypeDeviceBased UserBlockType = "DEVICE_BASED"
)

// UserBlockAppliesTo says which devices a user block applies to.
type UserBlockAppliesTo string

// UserBlockAppliesTo values. Okta may send others; they decode as they are.
const (
	UserBlockAppliesToAnyDevices     UserBlockAppliesTo = "ANY_DEVICES"
	UserBlockAppliesToUnknownDevices UserBlockAppliesTo = "UNKNOWN_DEVICES"
)
