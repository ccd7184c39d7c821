package oktatest

import (
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"
)

func init() {
	register("okta.apps", map[string]func(*Server, *call) (int, any, *apiError){
		"listApplications":                (*Server).listApps,
		"createApplication":               (*Server).createApp,
		"getApplication":                  (*Server).getApp,
		"replaceApplication":              (*Server).replaceApp,
		"deleteApplication":               (*Server).deleteApp,
		"activateApplication":             (*Server).activateApp,
		"deactivateApplication":           (*Server).deactivateApp,
		"listApplicationUsers":            (*Server).listAppUsers,
		"assignUserToApplication":         (*Server).assignAppUser,
		"getApplicationUser":              (*Server).getAppUser,
		"updateApplicationUser":           (*Server).updateAppUser,
		"unassignUserFromApplication":     (*Server).unassignAppUser,
		"listApplicationGroupAssignments": (*Server).listAppGroups,
		"getApplicationGroupAssignment":   (*Server).getAppGroup,
		"assignGroupToApplication":        (*Server).assignAppGroup,
		"unassignApplicationFromGroup":    (*Server).unassignAppGroup,
	})
}

// nonWord matches what cannot be part of an app name.
var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

// App statuses.
const (
	appActive   = "ACTIVE"
	appInactive = "INACTIVE"
)

// app is an application: the object a client sent (any sign-on mode), plus the fields the server owns.
type app struct {
	seq                  uint64
	id, status           string
	created, lastUpdated time.Time
	body                 map[string]any // as sent, with Okta's defaults for what was left out
	users                []*appUser     // direct assignments, in the order they were made
	groups               []*appGroup    // in priority order
}

// appUser is a user assigned to an app directly.
type appUser struct {
	seq                                 uint64
	userID                              string
	created, lastUpdated, statusChanged time.Time
	credentials, profile                map[string]any
}

// appGroup is a group assigned to an app.
type appGroup struct {
	groupID     string
	lastUpdated time.Time
	profile     map[string]any
}

// serverAppFields are the members of an app the server owns: a client cannot set them.
var serverAppFields = []string{"id", "status", "created", "lastUpdated", "_links", "_embedded", "orn"}

func (a *app) signOnMode() string { return str(a.body, "signOnMode") }

func (a *app) userIndex(userID string) int {
	return slices.IndexFunc(a.users, func(au *appUser) bool { return au.userID == userID })
}

func (a *app) groupIndex(groupID string) int {
	return slices.IndexFunc(a.groups, func(ag *appGroup) bool { return ag.groupID == groupID })
}

func (a *app) unassignUser(userID string) {
	if i := a.userIndex(userID); i >= 0 {
		a.users = slices.Delete(a.users, i, i+1)
	}
}

func (a *app) unassignGroup(groupID string) {
	if i := a.groupIndex(groupID); i >= 0 {
		a.groups = slices.Delete(a.groups, i, i+1)
	}
}

// appTemplates are the sign-on modes of the Okta Integration Network templates that apps are made from. A request
// that names one may leave the sign-on mode out, as Okta infers it.
var appTemplates = map[string]string{
	"bookmark":            "BOOKMARK",
	"template_basic_auth": "BASIC_AUTH",
	"template_sps":        "SECURE_PASSWORD_STORE",
	"template_swa":        "BROWSER_PLUGIN",
	"template_swa3field":  "BROWSER_PLUGIN",
	"oidc_client":         "OPENID_CONNECT",
	"template_wsfed":      "WS_FEDERATION",
}

// appNames are the names Okta gives the apps of a sign-on mode when the request names no template; custom apps
// (SAML, SWA) get a name made from the org and the label.
var appNames = map[string]string{
	"BOOKMARK":              "bookmark",
	"BASIC_AUTH":            "template_basic_auth",
	"SECURE_PASSWORD_STORE": "template_sps",
	"BROWSER_PLUGIN":        "template_swa",
	"OPENID_CONNECT":        "oidc_client",
	"WS_FEDERATION":         "template_wsfed",
}

// prepareApp validates an app sent by a client and fills in what Okta fills in.
func (s *Server) prepareApp(body map[string]any) *apiError {
	for _, f := range serverAppFields {
		delete(body, f)
	}
	if str(body, "signOnMode") == "" {
		if mode, ok := appTemplates[str(body, "name")]; ok {
			body["signOnMode"] = mode
		}
	}
	var causes []string
	if strings.TrimSpace(str(body, "label")) == "" {
		causes = append(causes, "label: The field cannot be left blank")
	}
	if str(body, "signOnMode") == "" {
		causes = append(causes, "signOnMode: The field cannot be left blank")
	}
	if len(causes) > 0 {
		return errValidation(strings.SplitN(causes[0], ":", 2)[0], causes...)
	}
	if str(body, "name") == "" {
		name, ok := appNames[str(body, "signOnMode")]
		if !ok {
			name = "oktatest_" + strings.Trim(nonWord.ReplaceAllString(strings.ToLower(str(body, "label")), "_"), "_") + "_1"
		}
		body["name"] = name
	}
	defaults := map[string]any{
		"accessibility": map[string]any{"selfService": false, "errorRedirectUrl": nil, "loginRedirectUrl": nil},
		"visibility": map[string]any{"autoLaunch": false, "autoSubmitToolbar": false,
			"hide": map[string]any{"iOS": false, "web": false}, "appLinks": map[string]any{"login": true}},
		"features": []any{},
		"credentials": map[string]any{
			"userNameTemplate": map[string]any{"template": "${source.login}", "type": "BUILT_IN"},
			"signing":          map[string]any{},
		},
		"settings": map[string]any{"app": map[string]any{}},
	}
	for k, v := range defaults {
		if _, ok := body[k]; !ok {
			body[k] = v
		}
	}
	return nil
}

// appOut renders an app: the stored object with the server's fields.
func (s *Server) appOut(a *app) map[string]any {
	out := cloneMap(a.body)
	out["id"] = a.id
	out["orn"] = "orn:okta:idp:" + s.orgID + ":apps:" + str(a.body, "name") + ":" + a.id
	out["status"] = a.status
	out["created"] = oktaTime(a.created)
	out["lastUpdated"] = oktaTime(a.lastUpdated)
	base := "/api/v1/apps/" + a.id
	links := map[string]any{
		"appLinks": []any{map[string]any{"name": "login", "href": s.URL + "/home/" + str(a.body, "name") + "/" + a.id + "/2557", "type": "text/html"}},
		"groups":   s.href(base + "/groups"),
		"users":    s.href(base + "/users"),
		"logo":     []any{map[string]any{"name": "medium", "href": s.URL + "/assets/img/logos/" + str(a.body, "name") + ".png", "type": "image/png"}},
	}
	if a.status == appActive {
		links["deactivate"] = s.href(base + "/lifecycle/deactivate")
	} else {
		links["activate"] = s.href(base + "/lifecycle/activate")
	}
	out["_links"] = links
	return out
}

func (s *Server) appParam(c *call) (*app, *apiError) {
	id := c.param("appId")
	if a := s.appsByID[id]; a != nil {
		return a, nil
	}
	return nil, errNotFound(id, "AppInstance")
}

func (s *Server) addApp(a *app, id string) {
	if id == "" {
		a.id, a.seq = s.newID("0oa")
	} else {
		a.id, a.seq = id, s.claimID(id)
	}
	s.apps = append(s.apps, a)
	s.appsByID[a.id] = a
}

func (s *Server) createApp(c *call) (int, any, *apiError) {
	var body map[string]any
	if err := decodeBody(c.r, &body); err != nil {
		return 0, nil, err
	}
	if body == nil {
		body = map[string]any{}
	}
	if err := s.prepareApp(body); err != nil {
		return 0, nil, err
	}
	a := &app{status: appActive, created: c.now, lastUpdated: c.now, body: body}
	if !c.boolQuery("activate", true) {
		a.status = appInactive
	}
	s.addApp(a, "")
	return http.StatusOK, s.appOut(a), nil
}

func (s *Server) getApp(c *call) (int, any, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, s.appOut(a), nil
}

// replaceApp replaces the app with the object sent; the status does not change (use the lifecycle operations).
func (s *Server) replaceApp(c *call) (int, any, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return 0, nil, err
	}
	var body map[string]any
	if err := decodeBody(c.r, &body); err != nil {
		return 0, nil, err
	}
	if body == nil {
		body = map[string]any{}
	}
	if err := s.prepareApp(body); err != nil {
		return 0, nil, err
	}
	if mode := a.signOnMode(); str(body, "signOnMode") != mode {
		return 0, nil, errValidation("signOnMode", "signOnMode: The sign-on mode of an app cannot be changed")
	}
	a.body, a.lastUpdated = body, c.now
	return http.StatusOK, s.appOut(a), nil
}

// deleteApp deletes an inactive app; Okta refuses to delete an active one.
func (s *Server) deleteApp(c *call) (int, any, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return 0, nil, err
	}
	if a.status != appInactive {
		return 0, nil, &apiError{status: http.StatusForbidden, code: "E0000056", summary: "Delete application forbidden.",
			causes: []string{"The application must be deactivated before deletion."}}
	}
	s.apps = slices.DeleteFunc(s.apps, func(v *app) bool { return v == a })
	delete(s.appsByID, a.id)
	return http.StatusNoContent, nil, nil
}

func (s *Server) setAppStatus(c *call, status string) (int, any, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return 0, nil, err
	}
	if a.status != status {
		a.status, a.lastUpdated = status, c.now
	}
	return http.StatusOK, map[string]any{}, nil
}

func (s *Server) activateApp(c *call) (int, any, *apiError)   { return s.setAppStatus(c, appActive) }
func (s *Server) deactivateApp(c *call) (int, any, *apiError) { return s.setAppStatus(c, appInactive) }

// appGetter reads app attributes for filters: status, name, signOnMode, id, and user.id or group.id to find
// the apps assigned to a user or group.
func (s *Server) appGetter(a *app) getter {
	return func(attr string) (any, bool) {
		switch attr {
		case "id":
			return a.id, true
		case "status":
			return a.status, true
		case "created":
			return a.created, true
		case "lastUpdated":
			return a.lastUpdated, true
		case "user.id":
			var ids []any
			for _, au := range s.appUsers(a) {
				ids = append(ids, au.userID)
			}
			return ids, true
		case "group.id":
			var ids []any
			for _, ag := range a.groups {
				ids = append(ids, ag.groupID)
			}
			return ids, true
		}
		v, ok := a.body[attr]
		return v, ok
	}
}

var appFilterRules = rules{allow: func(attr, op string) bool {
	switch attr {
	case "status", "name", "signOnMode", "id", "user.id", "group.id", "credentials.signing.kid":
		return op == "eq"
	case "lastUpdated", "created":
		return op == "eq" || op == "gt" || op == "ge" || op == "lt" || op == "le"
	}
	return false
}}

// expandUser reads expand=user/{userId}, the one expansion listApplications supports.
var expandUser = regexp.MustCompile(`^user/([^/,]+)$`)

func (s *Server) listApps(c *call) (int, any, *apiError) {
	items := s.apps
	var embedUser string
	if expand := c.query("expand"); expand != "" {
		m := expandUser.FindStringSubmatch(expand)
		if m == nil {
			return 0, nil, errValidation("RequestParams", "Expand query is malformed.")
		}
		embedUser = m[1]
	}
	if filter := c.query("filter"); filter != "" {
		e, err := parseExpr(filter, appFilterRules)
		if err != nil {
			return 0, nil, errSearch("filter: " + err.Error())
		}
		items = filterItems(items, func(a *app) bool { return e.eval(s.appGetter(a)) })
	}
	if q := c.query("q"); q != "" {
		items = filterItems(items, func(a *app) bool {
			return hasPrefixFold(str(a.body, "label"), q) || hasPrefixFold(str(a.body, "name"), q)
		})
	}
	page, err := paginate(s, c, items, listing[*app]{
		key: func(a *app) (string, uint64) { return a.id, a.seq }, defLimit: 20, maxLimit: 200,
	})
	if err != nil {
		return 0, nil, err
	}
	out := make([]map[string]any, 0, len(page))
	for _, a := range page {
		o := s.appOut(a)
		if embedUser != "" {
			for _, au := range s.appUsers(a) {
				if au.userID == embedUser {
					o["_embedded"] = map[string]any{"user": s.appUserOut(a, au)}
				}
			}
		}
		out = append(out, o)
	}
	return http.StatusOK, out, nil
}

// assignedUser is one user of an app as the API lists them: assigned directly (scope USER) or through a group
// (scope GROUP).
type assignedUser struct {
	*appUser
	scope string
}

// appUsers lists the users of an app: the direct assignments, then the members of assigned groups who are not
// assigned directly.
func (s *Server) appUsers(a *app) []assignedUser {
	var out []assignedUser
	seen := map[string]bool{}
	for _, au := range a.users {
		out = append(out, assignedUser{au, "USER"})
		seen[au.userID] = true
	}
	for _, ag := range a.groups {
		g := s.groupsByID[ag.groupID]
		if g == nil {
			continue
		}
		for _, u := range s.memberUsers(g) {
			if seen[u.id] {
				continue
			}
			seen[u.id] = true
			out = append(out, assignedUser{&appUser{seq: u.seq, userID: u.id, created: ag.lastUpdated,
				lastUpdated: ag.lastUpdated, statusChanged: ag.lastUpdated}, "GROUP"})
		}
	}
	return out
}

// appUserOut renders Okta's AppUser object.
func (s *Server) appUserOut(a *app, au assignedUser) map[string]any {
	creds := cloneMap(au.credentials)
	if _, ok := creds["userName"]; !ok {
		if u := s.usersByID[au.userID]; u != nil {
			creds["userName"] = u.login()
		}
	}
	profile := au.profile
	if profile == nil {
		profile = map[string]any{}
	}
	return map[string]any{
		"id":              au.userID,
		"externalId":      nil,
		"created":         oktaTime(au.created),
		"lastUpdated":     oktaTime(au.lastUpdated),
		"scope":           au.scope,
		"status":          "ACTIVE",
		"statusChanged":   oktaTime(au.statusChanged),
		"passwordChanged": nil,
		"syncState":       "DISABLED",
		"credentials":     creds,
		"profile":         cloneMap(profile),
		"_links": map[string]any{
			"app":  s.href("/api/v1/apps/" + a.id),
			"user": s.href("/api/v1/users/" + au.userID),
		},
	}
}

func (s *Server) listAppUsers(c *call) (int, any, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return 0, nil, err
	}
	items := s.appUsers(a)
	if q := c.query("q"); q != "" {
		items = filterItems(items, func(au assignedUser) bool {
			u := s.usersByID[au.userID]
			if u == nil {
				return false
			}
			for _, k := range []string{"firstName", "lastName", "email"} {
				if hasPrefixFold(str(u.profile, k), q) {
					return true
				}
			}
			return hasPrefixFold(str(au.credentials, "userName"), q)
		})
	}
	page, err := paginate(s, c, items, listing[assignedUser]{
		key: func(au assignedUser) (string, uint64) { return au.userID, 0 }, defLimit: 50, maxLimit: 500, sorted: true,
	})
	if err != nil {
		return 0, nil, err
	}
	out := make([]map[string]any, 0, len(page))
	for _, au := range page {
		out = append(out, s.appUserOut(a, au))
	}
	return http.StatusOK, out, nil
}

type appUserBody struct {
	ID          string         `json:"id"`
	Scope       string         `json:"scope"`
	Credentials map[string]any `json:"credentials"`
	Profile     map[string]any `json:"profile"`
}

func (s *Server) assignAppUser(c *call) (int, any, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return 0, nil, err
	}
	var b appUserBody
	if err := decodeBody(c.r, &b); err != nil {
		return 0, nil, err
	}
	if b.ID == "" {
		return 0, nil, errValidation("id", "id: The field cannot be left blank")
	}
	u := s.usersByID[b.ID]
	if u == nil {
		return 0, nil, errNotFound(b.ID, "User")
	}
	if i := a.userIndex(u.id); i >= 0 {
		au := a.users[i]
		s.mergeAppUser(au, b, c.now)
		return http.StatusOK, s.appUserOut(a, assignedUser{au, "USER"}), nil
	}
	au := &appUser{seq: u.seq, userID: u.id, created: c.now, lastUpdated: c.now, statusChanged: c.now,
		credentials: b.Credentials, profile: b.Profile}
	a.users = append(a.users, au)
	return http.StatusOK, s.appUserOut(a, assignedUser{au, "USER"}), nil
}

func (s *Server) mergeAppUser(au *appUser, b appUserBody, now time.Time) {
	if b.Credentials != nil {
		au.credentials = b.Credentials
	}
	if b.Profile != nil {
		p := cloneMap(au.profile)
		for k, v := range b.Profile {
			p[k] = v
		}
		au.profile = p
	}
	au.lastUpdated = now
}

func (s *Server) findAppUser(c *call) (*app, assignedUser, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return nil, assignedUser{}, err
	}
	id := c.param("userId")
	for _, au := range s.appUsers(a) {
		if au.userID == id {
			return a, au, nil
		}
	}
	return nil, assignedUser{}, errNotFound(id, "AppUser")
}

func (s *Server) getAppUser(c *call) (int, any, *apiError) {
	a, au, err := s.findAppUser(c)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, s.appUserOut(a, au), nil
}

func (s *Server) updateAppUser(c *call) (int, any, *apiError) {
	a, au, err := s.findAppUser(c)
	if err != nil {
		return 0, nil, err
	}
	var b appUserBody
	if err := decodeBody(c.r, &b); err != nil {
		return 0, nil, err
	}
	if au.scope != "USER" { // a user assigned through a group becomes a direct assignment when changed
		au.appUser = &appUser{seq: au.seq, userID: au.userID, created: c.now, statusChanged: c.now}
		a.users = append(a.users, au.appUser)
		au.scope = "USER"
	}
	s.mergeAppUser(au.appUser, b, c.now)
	return http.StatusOK, s.appUserOut(a, au), nil
}

func (s *Server) unassignAppUser(c *call) (int, any, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return 0, nil, err
	}
	id := c.param("userId")
	if a.userIndex(id) < 0 {
		return 0, nil, errNotFound(id, "AppUser")
	}
	a.unassignUser(id)
	return http.StatusNoContent, nil, nil
}

// appGroupOut renders Okta's ApplicationGroupAssignment object; the priority is the position in the list.
func (s *Server) appGroupOut(a *app, i int) map[string]any {
	ag := a.groups[i]
	profile := ag.profile
	if profile == nil {
		profile = map[string]any{}
	}
	return map[string]any{
		"id":          ag.groupID,
		"lastUpdated": oktaTime(ag.lastUpdated),
		"priority":    i,
		"profile":     cloneMap(profile),
		"_links": map[string]any{
			"app":   s.href("/api/v1/apps/" + a.id),
			"self":  s.href("/api/v1/apps/" + a.id + "/groups/" + ag.groupID),
			"group": s.href("/api/v1/groups/" + ag.groupID),
		},
	}
}

func (s *Server) listAppGroups(c *call) (int, any, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return 0, nil, err
	}
	idx := make([]int, len(a.groups))
	for i := range idx {
		idx[i] = i
	}
	if q := c.query("q"); q != "" {
		idx = filterItems(idx, func(i int) bool {
			g := s.groupsByID[a.groups[i].groupID]
			return g != nil && hasPrefixFold(g.name(), q)
		})
	}
	page, err := paginate(s, c, idx, listing[int]{
		key: func(i int) (string, uint64) { return a.groups[i].groupID, 0 }, defLimit: 20, maxLimit: 200, sorted: true,
	})
	if err != nil {
		return 0, nil, err
	}
	out := make([]map[string]any, 0, len(page))
	for _, i := range page {
		out = append(out, s.appGroupOut(a, i))
	}
	return http.StatusOK, out, nil
}

func (s *Server) getAppGroup(c *call) (int, any, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return 0, nil, err
	}
	i := a.groupIndex(c.param("groupId"))
	if i < 0 {
		return 0, nil, errNotFound(c.param("groupId"), "ApplicationGroupAssignment")
	}
	return http.StatusOK, s.appGroupOut(a, i), nil
}

type appGroupBody struct {
	Priority *json.Number   `json:"priority"`
	Profile  map[string]any `json:"profile"`
}

// assignAppGroup assigns a group to an app. A new assignment goes first (priority 0), as Okta does, and an
// existing one keeps its place, unless the request gives a priority.
func (s *Server) assignAppGroup(c *call) (int, any, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return 0, nil, err
	}
	g, err := s.groupParam(c)
	if err != nil {
		return 0, nil, err
	}
	var b appGroupBody
	if err := decodeBody(c.r, &b); err != nil {
		return 0, nil, err
	}
	ag := &appGroup{groupID: g.id, profile: b.Profile}
	pos := 0
	if i := a.groupIndex(g.id); i >= 0 {
		ag, pos = a.groups[i], i
		if b.Profile != nil {
			ag.profile = b.Profile
		}
		a.groups = slices.Delete(a.groups, i, i+1)
	}
	ag.lastUpdated = c.now
	if b.Priority != nil {
		if n, err := b.Priority.Int64(); err == nil && n >= 0 {
			pos = int(min(n, int64(len(a.groups))))
		}
	}
	a.groups = slices.Insert(a.groups, pos, ag)
	return http.StatusOK, s.appGroupOut(a, pos), nil
}

func (s *Server) unassignAppGroup(c *call) (int, any, *apiError) {
	a, err := s.appParam(c)
	if err != nil {
		return 0, nil, err
	}
	id := c.param("groupId")
	if a.groupIndex(id) < 0 {
		return 0, nil, errNotFound(id, "ApplicationGroupAssignment")
	}
	a.unassignGroup(id)
	return http.StatusNoContent, nil, nil
}
