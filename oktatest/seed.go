package oktatest

import (
	"fmt"
	"slices"
	"strings"
)

// seed creates the org's initial data: the Everyone group, then the groups, users and apps of the options.
func (s *Server) seed(cfg *config) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.everyone = &group{typ: groupBuiltIn, everyone: true, created: now, lastUpdated: now, lastMembershipUpdated: now,
		profile: map[string]any{"name": "Everyone", "description": "All users in your organization"}}
	s.addGroup(s.everyone, "")

	for _, sg := range cfg.groups {
		p := map[string]any{"name": sg.Name}
		if sg.Description != "" {
			p["description"] = sg.Description
		}
		if err := s.checkGroupProfile(p, nil); err != nil {
			return fmt.Errorf("WithGroups: group %q: %s", sg.Name, causesOf(err))
		}
		if err := s.checkSeedID(sg.ID); err != nil {
			return fmt.Errorf("WithGroups: %w", err)
		}
		s.addGroup(&group{typ: groupOkta, created: now, lastUpdated: now, lastMembershipUpdated: now, profile: p}, sg.ID)
	}

	for _, su := range cfg.users {
		p := cloneMap(su.Profile)
		if _, ok := p["email"]; !ok {
			p["email"] = p["login"]
		}
		if err := s.checkProfile(p, nil); err != nil {
			return fmt.Errorf("WithUsers: user %v: %s", su.Profile["login"], causesOf(err))
		}
		if err := s.checkSeedID(su.ID); err != nil {
			return fmt.Errorf("WithUsers: %w", err)
		}
		status := su.Status
		if status == "" {
			status = statusActive
		}
		if !slices.Contains(userStatuses, status) {
			return fmt.Errorf("WithUsers: user %v: unknown status %q", su.Profile["login"], status)
		}
		u := &user{status: status, profile: p, provider: "OKTA", password: su.Password,
			recoveryQuestion: su.RecoveryQuestion, recoveryAnswer: su.RecoveryAnswer,
			created: now, lastUpdated: now, statusChanged: now}
		if su.Password != "" {
			u.passwordChanged = now
		}
		if status != statusStaged {
			u.activated = now
		}
		s.addUser(u, su.ID)
		for _, name := range su.Groups {
			g := s.findGroup(name)
			if g == nil || g.everyone {
				return fmt.Errorf("WithUsers: user %v: no group %q among WithGroups", su.Profile["login"], name)
			}
			g.add(u.id, now)
		}
	}
	for _, sg := range cfg.groups {
		g := s.findGroup(sg.Name)
		for _, m := range sg.Members {
			u := s.findUser(m)
			if u == nil {
				return fmt.Errorf("WithGroups: group %q: no user %q among WithUsers", sg.Name, m)
			}
			g.add(u.id, now)
		}
	}

	for _, sa := range cfg.apps {
		body := map[string]any{"label": sa.Label, "signOnMode": sa.SignOnMode}
		if sa.Settings != nil {
			body["settings"] = sa.Settings
		}
		if err := s.prepareApp(body); err != nil {
			return fmt.Errorf("WithApps: app %q: %s", sa.Label, causesOf(err))
		}
		if err := s.checkSeedID(sa.ID); err != nil {
			return fmt.Errorf("WithApps: %w", err)
		}
		status := sa.Status
		switch status {
		case "":
			status = appActive
		case appActive, appInactive:
		default:
			return fmt.Errorf("WithApps: app %q: unknown status %q", sa.Label, status)
		}
		a := &app{status: status, created: now, lastUpdated: now, body: body}
		s.addApp(a, sa.ID)
		for _, m := range sa.Users {
			u := s.findUser(m)
			if u == nil {
				return fmt.Errorf("WithApps: app %q: no user %q among WithUsers", sa.Label, m)
			}
			a.users = append(a.users, &appUser{seq: u.seq, userID: u.id, created: now, lastUpdated: now, statusChanged: now})
		}
		for _, name := range sa.Groups {
			g := s.findGroup(name)
			if g == nil {
				return fmt.Errorf("WithApps: app %q: no group %q", sa.Label, name)
			}
			a.groups = append(a.groups, &appGroup{groupID: g.id, lastUpdated: now})
		}
	}
	return nil
}

func (s *Server) checkSeedID(id string) error {
	if id == "" {
		return nil
	}
	if _, taken := s.cursors[id]; taken {
		return fmt.Errorf("the ID %q is used twice", id)
	}
	if strings.ContainsAny(id, "/?# ") {
		return fmt.Errorf("the ID %q contains characters IDs cannot have", id)
	}
	return nil
}

func causesOf(e *apiError) string {
	if len(e.causes) == 0 {
		return e.summary
	}
	return strings.Join(e.causes, "; ")
}
