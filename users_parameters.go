package okta

import "strings"

// Prefer is the value of the Prefer header that some user lifecycle operations take (UsersDeleteOptions,
// UsersDeactivateOptions).
type Prefer string

// Prefer values.
const (
	// PreferRespondAsync asks Okta to do the work in the background and answer before it is done.
	PreferRespondAsync Prefer = "respond-async"
)

// UserExpand names what UsersService.Get and List embed in a user's _embedded.
type UserExpand string

// UserExpand values.
const (
	// UserExpandBlocks embeds the user's blocks: where Okta stopped them signing in.
	UserExpandBlocks UserExpand = "blocks"
	// UserExpandClassification embeds the user's classification (an Early Access feature).
	UserExpandClassification UserExpand = "classification"
)

// UserOmissions are parts of a user that Okta can leave out of the users it returns; combine them with |:
//
//	opts := &okta.UsersListOptions{Omit: okta.UserOmitCredentials | okta.UserOmitCredentialsLinks}
//
// They are sent as the okta-response parameter of the request's media type (Content-Type: application/json;
// okta-response="omitCredentials,omitCredentialsLinks"). Leaving out the parts that delegated authentication
// must compute spares Okta that work.
type UserOmissions uint8

// UserOmissions values.
const (
	// UserOmitCredentials leaves out the credentials object.
	UserOmitCredentials UserOmissions = 1 << iota
	// UserOmitCredentialsLinks leaves out the links to credential operations (change or reset the password,
	// change the recovery question, forgot password, reset factors, unlock).
	UserOmitCredentialsLinks
	// UserOmitTransitioningToStatus leaves out the transitioningToStatus field.
	UserOmitTransitioningToStatus
)

// userOmissionNames are the okta-response values of the UserOmissions bits, lowest bit first.
var userOmissionNames = []string{"omitCredentials", "omitCredentialsLinks", "omitTransitioningToStatus"}

func (o UserOmissions) headerValue() string {
	var parts []string
	for i, name := range userOmissionNames {
		if o&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return `application/json; okta-response="` + strings.Join(parts, ",") + `"`
}
