package oktatest

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode"
)

func init() {
	register("okta.users", map[string]func(*Server, *call) (int, any, *apiError){
		"listUsers":                             (*Server).listUsers,
		"createUser":                            (*Server).createUser,
		"getUser":                               (*Server).getUser,
		"updateUser":                            (*Server).updateUser,
		"replaceUser":                           (*Server).replaceUser,
		"deleteUser":                            (*Server).deleteUser,
		"listUserGroups":                        (*Server).listUserGroups,
		"activateUser":                          (*Server).activateUser,
		"reactivateUser":                        (*Server).reactivateUser,
		"deactivateUser":                        (*Server).deactivateUser,
		"suspendUser":                           (*Server).suspendUser,
		"unsuspendUser":                         (*Server).unsuspendUser,
		"unlockUser":                            (*Server).unlockUser,
		"expirePassword":                        (*Server).expirePassword,
		"expirePasswordAndGetTemporaryPassword": (*Server).expirePasswordWithTemp,
		"generateResetPasswordToken":            (*Server).resetPassword,
	})
}

// User statuses.
const (
	statusStaged          = "STAGED"
	statusProvisioned     = "PROVISIONED"
	statusActive          = "ACTIVE"
	statusRecovery        = "RECOVERY"
	statusPasswordExpired = "PASSWORD_EXPIRED"
	statusLockedOut       = "LOCKED_OUT"
	statusSuspended       = "SUSPENDED"
	statusDeprovisioned   = "DEPROVISIONED"
)

var userStatuses = []string{statusStaged, statusProvisioned, statusActive, statusRecovery, statusPasswordExpired,
	statusLockedOut, statusSuspended, statusDeprovisioned}

// user is a user of the org.
type user struct {
	seq    uint64
	id     string
	status string

	created, activated, statusChanged, lastLogin, lastUpdated, passwordChanged time.Time

	profile          map[string]any
	password         string
	recoveryQuestion string
	recoveryAnswer   string
	provider         string // OKTA, or FEDERATION when created with provider=true
}

func (u *user) login() string { return str(u.profile, "login") }

// setStatus moves the user to status.
func (u *user) setStatus(status string, now time.Time) {
	u.status = status
	u.statusChanged = now
	u.lastUpdated = now
}

// get reads an attribute for filter and search expressions.
func (u *user) get(attr string) (any, bool) {
	switch attr {
	case "id":
		return u.id, true
	case "status":
		return u.status, true
	case "created":
		return timeOrNil(u.created), true
	case "activated":
		return timeOrNil(u.activated), true
	case "statusChanged":
		return timeOrNil(u.statusChanged), true
	case "lastLogin":
		return timeOrNil(u.lastLogin), true
	case "lastUpdated":
		return timeOrNil(u.lastUpdated), true
	case "passwordChanged":
		return timeOrNil(u.passwordChanged), true
	case "type.id":
		return nil, false // set by the caller, which knows the org's user type
	case "credentials.provider.type":
		return u.provider, true
	}
	return profileValue(u.profile, attr)
}

// userJSON is Okta's User object.
type userJSON struct {
	ID              string         `json:"id"`
	Status          string         `json:"status"`
	Created         oktaTime       `json:"created"`
	Activated       *oktaTime      `json:"activated"`
	StatusChanged   *oktaTime      `json:"statusChanged"`
	LastLogin       *oktaTime      `json:"lastLogin"`
	LastUpdated     oktaTime       `json:"lastUpdated"`
	PasswordChanged *oktaTime      `json:"passwordChanged"`
	Type            map[string]any `json:"type"`
	Profile         map[string]any `json:"profile"`
	Credentials     map[string]any `json:"credentials"`
	Links           map[string]any `json:"_links"`
}

// userOut renders u. Lists carry only the self link; single users carry the links of the operations their
// status allows, as Okta's do.
func (s *Server) userOut(u *user, allLinks bool) userJSON {
	profile := cloneMap(u.profile)
	for _, k := range []string{"mobilePhone", "secondEmail"} {
		if _, ok := profile[k]; !ok {
			profile[k] = nil
		}
	}
	creds := map[string]any{}
	if u.password != "" {
		creds["password"] = map[string]any{}
	}
	if email := str(u.profile, "email"); email != "" {
		creds["emails"] = []any{map[string]any{"value": email, "status": "VERIFIED", "type": "PRIMARY"}}
	}
	if u.recoveryQuestion != "" {
		creds["recovery_question"] = map[string]any{"question": u.recoveryQuestion}
	}
	creds["provider"] = map[string]any{"type": u.provider, "name": u.provider}
	base := "/api/v1/users/" + u.id
	links := map[string]any{"self": s.href(base)}
	if allLinks {
		links["schema"] = s.href("/api/v1/meta/schemas/user/" + s.userSchemaID)
		links["type"] = s.href("/api/v1/meta/types/user/" + s.userTypeID)
		links["resetFactors"] = s.postHref(base + "/lifecycle/reset_factors")
		life := func(names ...string) {
			for _, n := range names {
				path := map[string]string{
					"activate": "lifecycle/activate", "reactivate": "lifecycle/reactivate",
					"deactivate": "lifecycle/deactivate", "suspend": "lifecycle/suspend",
					"unsuspend": "lifecycle/unsuspend", "unlock": "lifecycle/unlock",
					"resetPassword": "lifecycle/reset_password", "expirePassword": "lifecycle/expire_password",
					"forgotPassword": "credentials/forgot_password", "changePassword": "credentials/change_password",
					"changeRecoveryQuestion": "credentials/change_recovery_question",
				}[n]
				links[n] = s.postHref(base + "/" + path)
			}
		}
		switch u.status {
		case statusStaged:
			life("activate")
		case statusProvisioned:
			life("reactivate", "deactivate", "resetPassword")
		case statusActive:
			life("suspend", "resetPassword", "forgotPassword", "expirePassword", "changeRecoveryQuestion", "changePassword", "deactivate")
		case statusRecovery, statusPasswordExpired:
			life("suspend", "resetPassword", "expirePassword", "deactivate")
		case statusLockedOut:
			life("unlock", "resetPassword", "expirePassword", "deactivate")
		case statusSuspended:
			life("unsuspend", "deactivate")
		case statusDeprovisioned:
			life("activate")
			delete(links, "resetFactors")
		}
	}
	return userJSON{
		ID:              u.id,
		Status:          u.status,
		Created:         oktaTime(u.created),
		Activated:       ptime(u.activated),
		StatusChanged:   ptime(u.statusChanged),
		LastLogin:       ptime(u.lastLogin),
		LastUpdated:     oktaTime(u.lastUpdated),
		PasswordChanged: ptime(u.passwordChanged),
		Type:            map[string]any{"id": s.userTypeID},
		Profile:         profile,
		Credentials:     creds,
		Links:           links,
	}
}

// findUser finds a user by ID, by login (ignoring case) or by the part of the login before the @ when that is
// unique, as Okta does.
func (s *Server) findUser(idOrLogin string) *user {
	if u := s.usersByID[idOrLogin]; u != nil {
		return u
	}
	for _, u := range s.users {
		if strings.EqualFold(u.login(), idOrLogin) {
			return u
		}
	}
	if !strings.Contains(idOrLogin, "@") {
		var found *user
		for _, u := range s.users {
			if short, _, ok := strings.Cut(u.login(), "@"); ok && strings.EqualFold(short, idOrLogin) {
				if found != nil {
					return nil
				}
				found = u
			}
		}
		return found
	}
	return nil
}

func (s *Server) userParam(c *call) (*user, *apiError) {
	id := c.param("userId")
	if u := s.findUser(id); u != nil {
		return u, nil
	}
	return nil, errNotFound(id, "User")
}

// userBody is what create, update and replace accept.
type userBody struct {
	Profile     map[string]any `json:"profile"`
	Credentials *struct {
		Password *struct {
			Value string `json:"value"`
		} `json:"password"`
		RecoveryQuestion *struct {
			Question string `json:"question"`
			Answer   string `json:"answer"`
		} `json:"recovery_question"`
	} `json:"credentials"`
	GroupIDs []string `json:"groupIds"`
}

// checkProfile validates a complete profile against the default user schema: the required attributes, the
// login's form, and the login's uniqueness (self is the user being changed, if any).
func (s *Server) checkProfile(p map[string]any, self *user) *apiError {
	var field string
	var causes []string
	fail := func(name, msg string) {
		if field == "" {
			field = name
		}
		causes = append(causes, name+": "+msg)
	}
	for _, name := range []string{"login", "email", "firstName", "lastName"} {
		v, ok := p[name]
		if sv, isStr := v.(string); !ok || v == nil || (isStr && strings.TrimSpace(sv) == "") {
			fail(name, "The field cannot be left blank")
		} else if !isStr {
			fail(name, "Does not match required type string")
		}
	}
	if login := str(p, "login"); login != "" && !looksLikeEmail(login) {
		fail("login", "Username must be in the form of an email address")
	}
	if email := str(p, "email"); email != "" && !looksLikeEmail(email) {
		fail("email", "Does not match required pattern")
	}
	if login := str(p, "login"); login != "" {
		for _, u := range s.users {
			if u != self && strings.EqualFold(u.login(), login) {
				fail("login", "An object with this field already exists in the current organization")
				break
			}
		}
	}
	if len(causes) > 0 {
		return errValidation(field, causes...)
	}
	return nil
}

func looksLikeEmail(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	return ok && local != "" && domain != "" && !strings.ContainsAny(s, " \t\n")
}

// checkPassword applies the default password policy: at least 8 characters, with a lowercase letter, an
// uppercase letter and a number.
func checkPassword(pw string) *apiError {
	var lower, upper, digit bool
	for _, r := range pw {
		lower = lower || unicode.IsLower(r)
		upper = upper || unicode.IsUpper(r)
		digit = digit || unicode.IsDigit(r)
	}
	if len([]rune(pw)) >= 8 && lower && upper && digit {
		return nil
	}
	return errValidation("password", "password: Password requirements were not met. Password requirements: at least 8 characters, a lowercase letter, an uppercase letter, a number.")
}

// applyCredentials sets a password and recovery question from a request body.
func applyCredentials(u *user, b *userBody, now time.Time) *apiError {
	if b.Credentials == nil {
		return nil
	}
	if pw := b.Credentials.Password; pw != nil && pw.Value != "" {
		if err := checkPassword(pw.Value); err != nil {
			return err
		}
		u.password = pw.Value
		u.passwordChanged = now
	}
	if rq := b.Credentials.RecoveryQuestion; rq != nil && (rq.Question != "" || rq.Answer != "") {
		if len([]rune(rq.Question)) < 1 {
			return errValidation("recovery_question", "recovery_question: The security question cannot be blank")
		}
		if len([]rune(rq.Answer)) < 4 {
			return errValidation("recovery_question", "recovery_question.answer: The security question answer must be at least 4 characters in length")
		}
		u.recoveryQuestion, u.recoveryAnswer = rq.Question, rq.Answer
	}
	return nil
}

func (s *Server) createUser(c *call) (int, any, *apiError) {
	var b userBody
	if err := decodeBody(c.r, &b); err != nil {
		return 0, nil, err
	}
	if b.Profile == nil {
		b.Profile = map[string]any{}
	}
	if _, ok := b.Profile["email"]; !ok {
		if login := str(b.Profile, "login"); looksLikeEmail(login) {
			b.Profile["email"] = login
		}
	}
	if err := s.checkProfile(b.Profile, nil); err != nil {
		return 0, nil, err
	}
	var groups []*group
	for _, gid := range b.GroupIDs {
		g := s.groupsByID[gid]
		if g == nil {
			return 0, nil, errValidation("groupIds", fmt.Sprintf("groupIds: Group %s was not found", gid))
		}
		groups = append(groups, g)
	}
	u := &user{profile: b.Profile, provider: "OKTA", created: c.now, lastUpdated: c.now}
	if err := applyCredentials(u, &b, c.now); err != nil {
		return 0, nil, err
	}
	activate := c.boolQuery("activate", true)
	federated := c.boolQuery("provider", false)
	if federated {
		u.provider = "FEDERATION"
	}
	switch {
	case !activate:
		u.status = statusStaged
	case u.password != "" || federated:
		u.status = statusActive
	default:
		u.status = statusProvisioned
	}
	if c.query("nextLogin") == "changePassword" {
		if u.password == "" {
			return 0, nil, &apiError{status: http.StatusBadRequest, code: "E0000124",
				summary: "Could not create user. To create a user and expire their password immediately, a password must be specified",
				causes:  []string{"Could not create user. To create a user and expire their password immediately, a password must be specified"}}
		}
		if !activate {
			return 0, nil, &apiError{status: http.StatusBadRequest, code: "E0000125",
				summary: "Could not create user. To create a user and expire their password immediately, activate must be true",
				causes:  []string{"Could not create user. To create a user and expire their password immediately, activate must be true"}}
		}
		u.status = statusPasswordExpired
	}
	u.statusChanged = c.now
	if activate {
		u.activated = c.now
	}
	s.addUser(u, "")
	for _, g := range groups {
		g.add(u.id, c.now)
	}
	return http.StatusOK, s.userOut(u, true), nil
}

// addUser stores u with the ID id, or a new one.
func (s *Server) addUser(u *user, id string) {
	if id == "" {
		u.id, u.seq = s.newID("00u")
	} else {
		u.id, u.seq = id, s.claimID(id)
	}
	s.users = append(s.users, u)
	s.usersByID[u.id] = u
}

func (s *Server) getUser(c *call) (int, any, *apiError) {
	u, err := s.userParam(c)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, s.userOut(u, true), nil
}

// userFilterRules are what the filter parameter of listUsers accepts.
var userFilterRules = rules{allow: func(attr, op string) bool {
	switch attr {
	case "status", "id", "type.id", "profile.login", "profile.email", "profile.firstName", "profile.lastName":
		return op == "eq"
	case "lastUpdated", "created":
		return op == "eq" || op == "gt" || op == "ge" || op == "lt" || op == "le"
	}
	return false
}}

// userGetter reads user attributes for expressions, including the org's user type.
func (s *Server) userGetter(u *user) getter {
	return func(attr string) (any, bool) {
		if attr == "type.id" {
			return s.userTypeID, true
		}
		return u.get(attr)
	}
}

func (s *Server) listUsers(c *call) (int, any, *apiError) {
	items := s.users
	var e expr
	var err error
	switch filter, search := c.query("filter"), c.query("search"); {
	case search != "":
		if e, err = parseExpr(search, rules{}); err != nil {
			return 0, nil, errSearch("search: " + err.Error())
		}
	case filter != "":
		if e, err = parseExpr(filter, userFilterRules); err != nil {
			return 0, nil, errSearch("filter: " + err.Error())
		}
	}
	if e != nil {
		items = filterItems(items, func(u *user) bool { return e.eval(s.userGetter(u)) })
	} else {
		// Without a filter or search, Okta leaves deprovisioned users out.
		items = filterItems(items, func(u *user) bool { return u.status != statusDeprovisioned })
	}
	if q := c.query("q"); q != "" {
		items = filterItems(items, func(u *user) bool {
			for _, k := range []string{"firstName", "lastName", "email", "login"} {
				if hasPrefixFold(str(u.profile, k), q) {
					return true
				}
			}
			return false
		})
	}
	sorted := false
	if by := c.query("sortBy"); by != "" && c.query("search") != "" {
		items = slices.Clone(items)
		sortBy(items, by, c.query("sortOrder"), s.userGetter)
		sorted = true
	}
	page, aerr := paginate(s, c, items, listing[*user]{
		key: func(u *user) (string, uint64) { return u.id, u.seq }, defLimit: 200, maxLimit: 200, sorted: sorted,
	})
	if aerr != nil {
		return 0, nil, aerr
	}
	out := make([]userJSON, 0, len(page))
	for _, u := range page {
		out = append(out, s.userOut(u, false))
	}
	return http.StatusOK, out, nil
}

// updateUser is a partial update: the attributes sent replace those of the profile, the others stay.
func (s *Server) updateUser(c *call) (int, any, *apiError) {
	return s.changeUser(c, false)
}

// replaceUser replaces the whole profile: attributes not sent are removed.
func (s *Server) replaceUser(c *call) (int, any, *apiError) {
	return s.changeUser(c, true)
}

func (s *Server) changeUser(c *call, replace bool) (int, any, *apiError) {
	u, err := s.userParam(c)
	if err != nil {
		return 0, nil, err
	}
	var b userBody
	if err := decodeBody(c.r, &b); err != nil {
		return 0, nil, err
	}
	profile := cloneMap(u.profile)
	switch {
	case replace && b.Profile != nil:
		profile = b.Profile
	case b.Profile != nil:
		for k, v := range b.Profile {
			profile[k] = v
		}
	}
	if err := s.checkProfile(profile, u); err != nil {
		return 0, nil, err
	}
	next := *u
	if err := applyCredentials(&next, &b, c.now); err != nil {
		return 0, nil, err
	}
	*u = next
	u.profile = profile
	u.lastUpdated = c.now
	return http.StatusOK, s.userOut(u, true), nil
}

// deleteUser deactivates a user that is not deprovisioned yet, and deletes one that is.
func (s *Server) deleteUser(c *call) (int, any, *apiError) {
	u, err := s.userParam(c)
	if err != nil {
		return 0, nil, err
	}
	if u.status != statusDeprovisioned {
		u.setStatus(statusDeprovisioned, c.now)
		return http.StatusNoContent, nil, nil
	}
	s.users = slices.DeleteFunc(s.users, func(v *user) bool { return v == u })
	delete(s.usersByID, u.id)
	for _, g := range s.groups {
		g.remove(u.id, c.now)
	}
	for _, a := range s.apps {
		a.unassignUser(u.id)
	}
	return http.StatusNoContent, nil, nil
}

func (s *Server) listUserGroups(c *call) (int, any, *apiError) {
	u, err := s.userParam(c)
	if err != nil {
		return 0, nil, err
	}
	var gs []*group
	for _, g := range s.groups {
		if g.has(u.id) {
			gs = append(gs, g)
		}
	}
	page, err := paginate(s, c, gs, listing[*group]{
		key: func(g *group) (string, uint64) { return g.id, g.seq }, defLimit: 200, maxLimit: 10000,
	})
	if err != nil {
		return 0, nil, err
	}
	out := make([]groupJSON, 0, len(page))
	for _, g := range page {
		out = append(out, s.groupOut(g))
	}
	return http.StatusOK, out, nil
}

// activationOut is the answer to activate and reactivate: the activation link when sendEmail=false, nothing
// when Okta sends it by email.
func (s *Server) activationOut(c *call) map[string]any {
	if c.boolQuery("sendEmail", true) {
		return map[string]any{}
	}
	tok := s.ids.random(20)
	return map[string]any{"activationUrl": s.URL + "/tokens/" + tok + "/verify", "activationToken": tok}
}

func (s *Server) activateUser(c *call) (int, any, *apiError) {
	u, err := s.userParam(c)
	if err != nil {
		return 0, nil, err
	}
	switch u.status {
	case statusStaged, statusDeprovisioned:
	case statusActive:
		return 0, nil, errAlreadyActive()
	default:
		return 0, nil, errLifecycle()
	}
	if u.password != "" || u.provider != "OKTA" {
		u.setStatus(statusActive, c.now)
	} else {
		u.setStatus(statusProvisioned, c.now)
	}
	u.activated = c.now
	return http.StatusOK, s.activationOut(c), nil
}

func (s *Server) reactivateUser(c *call) (int, any, *apiError) {
	u, err := s.userParam(c)
	if err != nil {
		return 0, nil, err
	}
	if u.status != statusProvisioned {
		return 0, nil, errLifecycle()
	}
	u.lastUpdated = c.now
	return http.StatusOK, s.activationOut(c), nil
}

// transition is a lifecycle operation that moves a user from one of the statuses in from to the status to.
func (s *Server) transition(c *call, to string, from ...string) (*user, *apiError) {
	u, err := s.userParam(c)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(from, u.status) {
		return nil, errLifecycle()
	}
	u.setStatus(to, c.now)
	return u, nil
}

func (s *Server) deactivateUser(c *call) (int, any, *apiError) {
	if _, err := s.transition(c, statusDeprovisioned, statusStaged, statusProvisioned, statusActive, statusRecovery,
		statusPasswordExpired, statusLockedOut, statusSuspended); err != nil {
		return 0, nil, err
	}
	return http.StatusOK, map[string]any{}, nil
}

func (s *Server) suspendUser(c *call) (int, any, *apiError) {
	if _, err := s.transition(c, statusSuspended, statusActive); err != nil {
		return 0, nil, err
	}
	return http.StatusOK, map[string]any{}, nil
}

func (s *Server) unsuspendUser(c *call) (int, any, *apiError) {
	if _, err := s.transition(c, statusActive, statusSuspended); err != nil {
		return 0, nil, err
	}
	return http.StatusOK, map[string]any{}, nil
}

func (s *Server) unlockUser(c *call) (int, any, *apiError) {
	u, err := s.userParam(c)
	if err != nil {
		return 0, nil, err
	}
	if u.status != statusLockedOut {
		return 0, nil, errNotLockedOut()
	}
	u.setStatus(statusActive, c.now)
	return http.StatusOK, map[string]any{}, nil
}

// passwordStatuses are the statuses of users whose password an admin can expire or reset.
var passwordStatuses = []string{statusActive, statusPasswordExpired, statusLockedOut, statusRecovery}

func (s *Server) expirePassword(c *call) (int, any, *apiError) {
	u, err := s.transition(c, statusPasswordExpired, passwordStatuses...)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, s.userOut(u, true), nil
}

func (s *Server) expirePasswordWithTemp(c *call) (int, any, *apiError) {
	u, err := s.transition(c, statusPasswordExpired, passwordStatuses...)
	if err != nil {
		return 0, nil, err
	}
	temp := s.ids.random(12)
	u.password, u.passwordChanged = temp, c.now
	return http.StatusOK, map[string]any{"tempPassword": temp}, nil
}

func (s *Server) resetPassword(c *call) (int, any, *apiError) {
	if _, err := s.transition(c, statusRecovery, append(passwordStatuses, statusProvisioned)...); err != nil {
		return 0, nil, err
	}
	if c.boolQuery("sendEmail", true) {
		return http.StatusOK, map[string]any{}, nil
	}
	return http.StatusOK, map[string]any{"resetPasswordUrl": s.URL + "/reset_password/" + s.ids.random(20)}, nil
}
