package oktatest

import (
	"net/http"
	"slices"
	"strings"
	"time"
)

func init() {
	register("okta.groups", map[string]func(*Server, *call) (int, any, *apiError){
		"listGroups":                       (*Server).listGroups,
		"createGroup":                      (*Server).createGroup,
		"getGroup":                         (*Server).getGroup,
		"replaceGroup":                     (*Server).replaceGroup,
		"deleteGroup":                      (*Server).deleteGroup,
		"listGroupUsers":                   (*Server).listGroupUsers,
		"assignUserToGroup":                (*Server).assignUserToGroup,
		"unassignUserFromGroup":            (*Server).unassignUserFromGroup,
		"listAssignedApplicationsForGroup": (*Server).listGroupApps,
	})
}

// Group types.
const (
	groupOkta    = "OKTA_GROUP"
	groupBuiltIn = "BUILT_IN"
)

// group is a group of the org. The BUILT_IN group Everyone holds every user without listing them.
type group struct {
	seq                                         uint64
	id, typ                                     string
	created, lastUpdated, lastMembershipUpdated time.Time
	profile                                     map[string]any
	members                                     []string // user IDs, in the order they were added
	everyone                                    bool
}

func (g *group) name() string { return str(g.profile, "name") }

func (g *group) has(userID string) bool {
	return g.everyone || slices.Contains(g.members, userID)
}

func (g *group) add(userID string, now time.Time) {
	if !g.has(userID) {
		g.members = append(g.members, userID)
		g.lastMembershipUpdated = now
	}
}

func (g *group) remove(userID string, now time.Time) {
	if i := slices.Index(g.members, userID); i >= 0 {
		g.members = slices.Delete(g.members, i, i+1)
		g.lastMembershipUpdated = now
	}
}

func (g *group) get(attr string) (any, bool) {
	switch attr {
	case "id":
		return g.id, true
	case "type":
		return g.typ, true
	case "created":
		return timeOrNil(g.created), true
	case "lastUpdated":
		return timeOrNil(g.lastUpdated), true
	case "lastMembershipUpdated":
		return timeOrNil(g.lastMembershipUpdated), true
	}
	return profileValue(g.profile, attr)
}

// groupJSON is Okta's Group object.
type groupJSON struct {
	ID                    string         `json:"id"`
	Created               oktaTime       `json:"created"`
	LastUpdated           oktaTime       `json:"lastUpdated"`
	LastMembershipUpdated oktaTime       `json:"lastMembershipUpdated"`
	ObjectClass           []string       `json:"objectClass"`
	Type                  string         `json:"type"`
	Profile               map[string]any `json:"profile"`
	Links                 map[string]any `json:"_links"`
	Embedded              map[string]any `json:"_embedded,omitempty"`
}

// groupOutExpand renders g with what the request's expand asks for: expand=stats embeds the group's counts, as
// Okta does.
func (s *Server) groupOutExpand(c *call, g *group) groupJSON {
	out := s.groupOut(g)
	if strings.Contains(c.query("expand"), "stats") {
		apps := 0
		for _, a := range s.apps {
			if a.groupIndex(g.id) >= 0 {
				apps++
			}
		}
		out.Embedded = map[string]any{"stats": map[string]any{
			"usersCount":             len(s.memberUsers(g)),
			"appsCount":              apps,
			"groupPushMappingsCount": 0,
			"hasAdminPrivilege":      len(s.store.colls["/api/v1/groups/"+g.id+"/roles"]) > 0,
			"_links":                 map[string]any{"self": s.href("/api/v1/groups/" + g.id + "/stats")},
		}}
	}
	return out
}

func (s *Server) groupOut(g *group) groupJSON {
	profile := cloneMap(g.profile)
	if _, ok := profile["description"]; !ok {
		profile["description"] = nil
	}
	return groupJSON{
		ID:                    g.id,
		Created:               oktaTime(g.created),
		LastUpdated:           oktaTime(g.lastUpdated),
		LastMembershipUpdated: oktaTime(g.lastMembershipUpdated),
		ObjectClass:           []string{"okta:user_group"},
		Type:                  g.typ,
		Profile:               profile,
		Links: map[string]any{
			"logo": []any{
				map[string]any{"name": "medium", "href": s.URL + "/assets/img/logos/groups/okta-medium.png", "type": "image/png"},
				map[string]any{"name": "large", "href": s.URL + "/assets/img/logos/groups/okta-large.png", "type": "image/png"},
			},
			"users": s.href("/api/v1/groups/" + g.id + "/users"),
			"apps":  s.href("/api/v1/groups/" + g.id + "/apps"),
		},
	}
}

func (s *Server) groupParam(c *call) (*group, *apiError) {
	id := c.param("groupId")
	if g := s.groupsByID[id]; g != nil {
		return g, nil
	}
	return nil, errNotFound(id, "UserGroup")
}

// findGroup finds a group by ID or name, for seed data.
func (s *Server) findGroup(idOrName string) *group {
	if g := s.groupsByID[idOrName]; g != nil {
		return g
	}
	for _, g := range s.groups {
		if strings.EqualFold(g.name(), idOrName) {
			return g
		}
	}
	return nil
}

func (s *Server) addGroup(g *group, id string) {
	if id == "" {
		g.id, g.seq = s.newID("00g")
	} else {
		g.id, g.seq = id, s.claimID(id)
	}
	s.groups = append(s.groups, g)
	s.groupsByID[g.id] = g
}

// checkGroupProfile validates a group profile: a name that no other group has.
func (s *Server) checkGroupProfile(p map[string]any, self *group) *apiError {
	name := str(p, "name")
	if strings.TrimSpace(name) == "" {
		return errValidation("name", "name: The field cannot be left blank")
	}
	for _, g := range s.groups {
		if g != self && strings.EqualFold(g.name(), name) {
			return errValidation("name", "name: An object with this field already exists in the current organization")
		}
	}
	return nil
}

type groupBody struct {
	Profile map[string]any `json:"profile"`
}

func (s *Server) createGroup(c *call) (int, any, *apiError) {
	var b groupBody
	if err := decodeBody(c.r, &b); err != nil {
		return 0, nil, err
	}
	if b.Profile == nil {
		b.Profile = map[string]any{}
	}
	if err := s.checkGroupProfile(b.Profile, nil); err != nil {
		return 0, nil, err
	}
	g := &group{typ: groupOkta, created: c.now, lastUpdated: c.now, lastMembershipUpdated: c.now, profile: b.Profile}
	s.addGroup(g, "")
	return http.StatusOK, s.groupOut(g), nil
}

func (s *Server) getGroup(c *call) (int, any, *apiError) {
	g, err := s.groupParam(c)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, s.groupOutExpand(c, g), nil
}

// errBuiltIn is the answer to changing the Everyone group, which Okta manages.
func errBuiltIn() *apiError {
	return errForbidden("BUILT_IN groups are managed by Okta and cannot be changed.")
}

func (s *Server) replaceGroup(c *call) (int, any, *apiError) {
	g, err := s.groupParam(c)
	if err != nil {
		return 0, nil, err
	}
	if g.typ != groupOkta {
		return 0, nil, errBuiltIn()
	}
	var b groupBody
	if err := decodeBody(c.r, &b); err != nil {
		return 0, nil, err
	}
	if b.Profile == nil {
		b.Profile = map[string]any{}
	}
	if err := s.checkGroupProfile(b.Profile, g); err != nil {
		return 0, nil, err
	}
	g.profile, g.lastUpdated = b.Profile, c.now
	return http.StatusOK, s.groupOut(g), nil
}

func (s *Server) deleteGroup(c *call) (int, any, *apiError) {
	g, err := s.groupParam(c)
	if err != nil {
		return 0, nil, err
	}
	if g.typ != groupOkta {
		return 0, nil, errBuiltIn()
	}
	s.groups = slices.DeleteFunc(s.groups, func(v *group) bool { return v == g })
	delete(s.groupsByID, g.id)
	for _, a := range s.apps {
		a.unassignGroup(g.id)
	}
	return http.StatusNoContent, nil, nil
}

// groupFilterRules are what the filter parameter of listGroups accepts.
var groupFilterRules = rules{allow: func(attr, op string) bool {
	switch attr {
	case "id", "type", "profile.name":
		return op == "eq"
	case "lastUpdated", "lastMembershipUpdated", "created":
		return op == "eq" || op == "gt" || op == "ge" || op == "lt" || op == "le"
	}
	return false
}}

func (s *Server) listGroups(c *call) (int, any, *apiError) {
	items := s.groups
	var e expr
	var err error
	if search := c.query("search"); search != "" {
		if e, err = parseExpr(search, rules{}); err != nil {
			return 0, nil, errSearch("search: " + err.Error())
		}
	} else if filter := c.query("filter"); filter != "" {
		if e, err = parseExpr(filter, groupFilterRules); err != nil {
			return 0, nil, errSearch("filter: " + err.Error())
		}
	}
	if e != nil {
		items = filterItems(items, func(g *group) bool { return e.eval(g.get) })
	}
	if q := c.query("q"); q != "" {
		items = filterItems(items, func(g *group) bool { return hasPrefixFold(g.name(), q) })
	}
	sorted := false
	if by := c.query("sortBy"); by != "" && c.query("search") != "" {
		items = slices.Clone(items)
		sortBy(items, by, c.query("sortOrder"), func(g *group) getter { return g.get })
		sorted = true
	}
	page, aerr := paginate(s, c, items, listing[*group]{
		key: func(g *group) (string, uint64) { return g.id, g.seq }, defLimit: 10000, maxLimit: 10000, sorted: sorted,
	})
	if aerr != nil {
		return 0, nil, aerr
	}
	out := make([]groupJSON, 0, len(page))
	for _, g := range page {
		out = append(out, s.groupOutExpand(c, g))
	}
	return http.StatusOK, out, nil
}

// memberUsers returns the users of g in list order.
func (s *Server) memberUsers(g *group) []*user {
	if g.everyone {
		return s.users
	}
	us := make([]*user, 0, len(g.members))
	for _, id := range g.members {
		if u := s.usersByID[id]; u != nil {
			us = append(us, u)
		}
	}
	return us
}

func (s *Server) listGroupUsers(c *call) (int, any, *apiError) {
	g, err := s.groupParam(c)
	if err != nil {
		return 0, nil, err
	}
	// Members are listed in the order they joined; a cursor is the position after a member, found by ID.
	page, err := paginate(s, c, s.memberUsers(g), listing[*user]{
		key: func(u *user) (string, uint64) { return u.id, u.seq }, defLimit: 1000, maxLimit: 10000, sorted: !g.everyone,
	})
	if err != nil {
		return 0, nil, err
	}
	out := make([]userJSON, 0, len(page))
	for _, u := range page {
		out = append(out, s.userOut(u, false))
	}
	return http.StatusOK, out, nil
}

func (s *Server) assignUserToGroup(c *call) (int, any, *apiError) {
	g, err := s.groupParam(c)
	if err != nil {
		return 0, nil, err
	}
	u, err := s.userParam(c)
	if err != nil {
		return 0, nil, err
	}
	if g.typ != groupOkta {
		return 0, nil, errBuiltIn()
	}
	g.add(u.id, c.now)
	return http.StatusNoContent, nil, nil
}

func (s *Server) unassignUserFromGroup(c *call) (int, any, *apiError) {
	g, err := s.groupParam(c)
	if err != nil {
		return 0, nil, err
	}
	u, err := s.userParam(c)
	if err != nil {
		return 0, nil, err
	}
	if g.typ != groupOkta {
		return 0, nil, errBuiltIn()
	}
	g.remove(u.id, c.now)
	return http.StatusNoContent, nil, nil
}

func (s *Server) listGroupApps(c *call) (int, any, *apiError) {
	g, err := s.groupParam(c)
	if err != nil {
		return 0, nil, err
	}
	apps := filterItems(s.apps, func(a *app) bool { return a.groupIndex(g.id) >= 0 })
	page, err := paginate(s, c, apps, listing[*app]{
		key: func(a *app) (string, uint64) { return a.id, a.seq }, defLimit: 20, maxLimit: 200,
	})
	if err != nil {
		return 0, nil, err
	}
	out := make([]map[string]any, 0, len(page))
	for _, a := range page {
		out = append(out, s.appOut(a))
	}
	return http.StatusOK, out, nil
}
