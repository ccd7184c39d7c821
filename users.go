package okta

import (
	"context"
	"net/http"
	"time"
)

// UsersService manages users: creating, reading, updating and deleting them, and moving them through their
// lifecycle. Reach it as client.Users.
type UsersService service

// List returns one page of users. Pass resp.After back in opts.After to fetch the next page, or use ListIter.
//
//okta:operation listUsers GET /api/v1/users
func (s *UsersService) List(ctx context.Context, opts *ListUsersOptions) ([]User, *Response, error) {
	return send[[]User](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users").withQuery(opts))
}

// ListIter returns an iterator over all users that match opts, fetching pages as it goes.
func (s *UsersService) ListIter(ctx context.Context, opts *ListUsersOptions) *Iterator[User] {
	return newIterator[User](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users").withQuery(opts))
}

// Create creates a user. With opts.Activate unset Okta activates the user; set it to false to create a STAGED
// user.
//
//okta:operation createUser POST /api/v1/users
func (s *UsersService) Create(ctx context.Context, user *CreateUserRequest, opts *CreateUserOptions) (*User, *Response, error) {
	return send[*User](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users").withBody(user).withQuery(opts))
}

// Get retrieves a user by ID or login. A login that is an email address is fine; it is escaped.
//
//okta:operation getUser GET /api/v1/users/{userId}
func (s *UsersService) Get(ctx context.Context, userIDOrLogin string) (*User, *Response, error) {
	return send[*User](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}", userIDOrLogin))
}

// ListUsersOptions are the parameters of UsersService.List.
type ListUsersOptions struct {
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
	SortOrder string `url:"sortOrder"`
	// Expand embeds related resources in each user's _embedded (e.g. "classification").
	Expand string `url:"expand"`
}

// CreateUserOptions are the parameters of UsersService.Create.
type CreateUserOptions struct {
	// Activate, when set, says whether to activate the user; Okta's default is true.
	Activate *bool `url:"activate"`
	// Provider creates the user with a federated or social provider instead of a password.
	Provider *bool `url:"provider"`
	// NextLogin set to "changePassword" expires the password so the user must change it at first sign-in.
	NextLogin UserNextLogin `url:"nextLogin"`
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

// UserCredentials are a user's primary authentication and recovery credentials.
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
	Algorithm       string `json:"algorithm,omitzero"`
	DigestAlgorithm string `json:"digestAlgorithm,omitzero"`
	IterationCount  int    `json:"iterationCount,omitzero"`
	KeySize         int    `json:"keySize,omitzero"`
	Salt            string `json:"salt,omitzero"`
	SaltOrder       string `json:"saltOrder,omitzero"`
	Value           string `json:"value,omitzero"`
	WorkFactor      int    `json:"workFactor,omitzero"`
	Extra           Extra  `json:"-"`
}

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
	Type  string `json:"type,omitzero"`
	Name  string `json:"name,omitzero"`
	Extra Extra  `json:"-"`
}

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
